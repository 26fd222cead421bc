using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using TalentMatch.Application.Common.Exceptions;

namespace TalentMatch.Infrastructure.Email.Smtp;

/// <summary>
/// Sorts SMTP failures: a 5xx reply is permanent; a 4xx reply, a dropped or refused connection, a timeout,
/// a TLS or login problem are transient (a later attempt, or a fixed configuration, can succeed).
/// </summary>
public static class SmtpFailures
{
    public static EmailDeliveryException? Classify(Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            SmtpCommandException command when (int)command.StatusCode >= 500 => ProviderStatus.Permanent(
                $"smtp:{(int)command.StatusCode}", $"SMTP {(int)command.StatusCode} {command.ErrorCode}: {command.Message}", command),
            SmtpCommandException command => ProviderStatus.Transient(
                $"smtp:{(int)command.StatusCode}", $"SMTP {(int)command.StatusCode} {command.ErrorCode}: {command.Message}", command),
            SocketException socket => ProviderStatus.Transient(
                $"socket:{socket.SocketErrorCode}", "SMTP connection failed.", socket),
            AuthenticationException auth => ProviderStatus.Transient("smtp:auth", "SMTP login failed.", auth),
            SslHandshakeException tls => ProviderStatus.Transient("smtp:tls", "SMTP TLS handshake failed.", tls),
            TimeoutException timeout => ProviderStatus.Transient("smtp:timeout", "SMTP timed out.", timeout),
            OperationCanceledException canceled when !cancellationToken.IsCancellationRequested =>
                ProviderStatus.Transient("smtp:timeout", "SMTP timed out.", canceled),
            ProtocolException or IOException or ServiceNotConnectedException or ServiceNotAuthenticatedException =>
                ProviderStatus.Transient("smtp:" + exception.GetType().Name, "SMTP connection failed.", exception),
            _ => null,
        };
}
