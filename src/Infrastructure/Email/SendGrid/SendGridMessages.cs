using SendGrid.Helpers.Mail;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>The v3 mail/send payload: one recipient, text and HTML content, the idempotency key in custom_args, extra headers in headers.</summary>
public static class SendGridMessages
{
    public const string IdempotencyKeyArgument = "idempotency_key";

    public static SendGridMessage Build(EmailToSend message, EmailOptions sender)
    {
        var mail = new SendGridMessage
        {
            From = new EmailAddress(sender.FromAddress, string.IsNullOrWhiteSpace(sender.FromName) ? null : sender.FromName),
            Subject = message.Subject,
            PlainTextContent = message.TextBody,
            HtmlContent = message.HtmlBody,
            CustomArgs = new Dictionary<string, string> { [IdempotencyKeyArgument] = message.IdempotencyKey },
        };
        mail.AddTo(new EmailAddress(message.ToAddress));
        if (message.Headers is { Count: > 0 } headers)
        {
            // Message-wide (top-level "headers"), not per personalization: every copy carries them.
            mail.Headers = headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        }

        return mail;
    }
}
