using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>The alert mailer's log lines: ids and counts only, never addresses, names or what matched.</summary>
public static partial class AlertMailLog
{
    [LoggerMessage(1, LogLevel.Information, "Alert e-mail {IdempotencyKey} ({AlertEmailKind}, {Items} items) queued for {UserId}")]
    public static partial void Queued(ILogger logger, string idempotencyKey, AlertEmailKind alertEmailKind, int items, Guid userId);

    [LoggerMessage(2, LogLevel.Information, "Daily alert cap reached for {UserId}; the rest waits for tomorrow")]
    public static partial void CapReached(ILogger logger, Guid userId);

    [LoggerMessage(3, LogLevel.Information, "Alert e-mail {IdempotencyKey} was mailed by another instance; rolled back here")]
    public static partial void AlreadyMailed(ILogger logger, string idempotencyKey);

    [LoggerMessage(4, LogLevel.Information, "{Count} alert deliveries of {UserId} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, int count, Guid userId, string reason);

    [LoggerMessage(5, LogLevel.Error, "Alert mail for {UserId} failed; the next pass tries again")]
    public static partial void PersonFailed(ILogger logger, Exception exception, Guid userId);
}
