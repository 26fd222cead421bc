using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.Smtp;

/// <summary>
/// Sends through an SMTP server with MailKit, one connection per message. The Message-ID is derived from the
/// idempotency key, so a message sent twice (after a crash between send and bookkeeping) can be recognised.
/// </summary>
public sealed class SmtpEmailGateway(IOptions<SmtpOptions> options, MimeMessageFactory messages) : IEmailGateway
{
    public async Task SendAsync(EmailToSend message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = messages.Create(message);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
        }
        catch (Exception ex) when (SmtpFailures.Classify(ex, cancellationToken) is { } failure)
        {
            throw failure;
        }

        await QuitQuietlyAsync(client, cancellationToken);
    }

    /// <summary>The server has accepted the message: a failing QUIT must not turn into a retry (a duplicate).</summary>
    private static async Task QuitQuietlyAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (SmtpFailures.Classify(ex, cancellationToken) is not null)
        {
            // the connection is dropped with the client
        }
    }
}
