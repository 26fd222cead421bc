namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// Hands one message to a mail service (file outbox, SMTP or SendGrid). Throws
/// <see cref="Exceptions.EmailDeliveryException"/>; <c>IsPermanent</c> says whether a retry can help.
/// </summary>
public interface IEmailGateway
{
    Task SendAsync(EmailToSend message, CancellationToken cancellationToken);
}
