using Microsoft.Extensions.Logging;

namespace TalentMatch.Infrastructure.Alerts.Mailing;

/// <summary>The alert dispatcher's log lines (counts only).</summary>
public static partial class AlertMailingLog
{
    [LoggerMessage(1, LogLevel.Information, "Alert mailing pass: {Emails} e-mails queued with {Items} items for {People} people; {Skipped} items skipped")]
    public static partial void Pass(ILogger logger, int emails, int items, int people, int skipped);

    [LoggerMessage(2, LogLevel.Error, "Alert mailing pass failed; the next pass follows after the poll interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Alert mailing is disabled (Alerts:Mailing:Enabled)")]
    public static partial void Disabled(ILogger logger);
}
