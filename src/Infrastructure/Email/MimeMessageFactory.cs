using Microsoft.Extensions.Options;
using MimeKit;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email;

/// <summary>Builds the MIME message the file and SMTP adapters write: text and HTML alternatives, and the extra headers.</summary>
public sealed class MimeMessageFactory(IOptions<EmailOptions> options, TimeProvider clock)
{
    public MimeMessage Create(EmailToSend message)
    {
        var settings = options.Value;
        if (!MailboxAddress.TryParse(message.ToAddress, out var to) || !to.Address.Contains('@'))
        {
            throw ProviderStatus.Permanent("invalid-recipient", "The recipient address cannot be parsed.");
        }

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
            MessageId = EmailIdempotency.MessageId(message.IdempotencyKey, settings.FromAddress),
            Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody(),
        };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(to);
        foreach (var (name, value) in message.Headers ?? EmailHeaders.None)
        {
            mime.Headers.Add(name, value);
        }

        return mime;
    }
}
