using Microsoft.Extensions.Logging;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>The dispatcher's log lines: ids, attempt numbers and provider codes only, never addresses or text.</summary>
public static partial class OutboxLog
{
    public static void Failed(ILogger logger, OutboundEmail email, int attempt, string providerStatus)
    {
        if (email.Status == OutboundEmailStatus.Failed)
        {
            GaveUp(logger, email.Id, attempt, providerStatus);
        }
        else
        {
            WillRetry(logger, email.Id, attempt, providerStatus, email.NextAttemptAt);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Outbound email {OutboundEmailId} sent on attempt {Attempt}")]
    public static partial void Sent(ILogger logger, OutboundEmailId outboundEmailId, int attempt);

    [LoggerMessage(2, LogLevel.Warning,
        "Outbound email {OutboundEmailId} attempt {Attempt} failed ({ProviderStatus}); next attempt at {NextAttemptAt}")]
    public static partial void WillRetry(ILogger logger, OutboundEmailId outboundEmailId, int attempt,
        string providerStatus, DateTimeOffset nextAttemptAt);

    [LoggerMessage(3, LogLevel.Error,
        "Outbound email {OutboundEmailId} failed for good on attempt {Attempt} ({ProviderStatus})")]
    public static partial void GaveUp(ILogger logger, OutboundEmailId outboundEmailId, int attempt, string providerStatus);

    [LoggerMessage(4, LogLevel.Warning,
        "Outbound email {OutboundEmailId} attempt {Attempt}: lease lost before the result was recorded")]
    public static partial void LeaseLost(ILogger logger, OutboundEmailId outboundEmailId, int attempt);

    [LoggerMessage(5, LogLevel.Error, "Outbox pass failed; the next pass follows after the poll interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "Outbox dispatcher is disabled (Email:Dispatcher:Enabled)")]
    public static partial void Disabled(ILogger logger);
}
