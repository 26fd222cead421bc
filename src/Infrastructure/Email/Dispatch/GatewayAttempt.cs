using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>One hand-over to the gateway, with every failure turned into an <see cref="EmailDeliveryException"/>.</summary>
public static class GatewayAttempt
{
    /// <summary>Null when the gateway accepted the message. A cancelled send throws: the lease is left to expire.</summary>
    public static async Task<EmailDeliveryException?> TryAsync(IEmailGateway gateway, OutboundEmail email,
        CancellationToken cancellationToken)
    {
        try
        {
            await gateway.SendAsync(new EmailToSend(email.IdempotencyKey, email.ToAddress, email.Subject,
                email.HtmlBody, email.TextBody, email.Headers), cancellationToken);
            return null;
        }
        catch (EmailDeliveryException ex)
        {
            return ex;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An adapter bug must not wedge the message: count it as a transient failure.
            return ProviderStatus.Transient("unexpected:" + ex.GetType().Name, "Unexpected " + ex.GetType().Name, ex);
        }
    }
}
