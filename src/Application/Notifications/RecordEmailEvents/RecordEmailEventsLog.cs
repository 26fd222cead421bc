using Microsoft.Extensions.Logging;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Notifications.RecordEmailEvents;

/// <summary>The handler's log lines: counts, event types and outbox ids; never an address or its hash.</summary>
public static partial class RecordEmailEventsLog
{
    [LoggerMessage(1, LogLevel.Warning,
        "Mail provider reported {EventType} ({Problem}) for outbound email {OutboundEmailId}")]
    public static partial void Reported(ILogger logger, OutboundEmailId outboundEmailId, string eventType,
        DeliveryProblem problem);

    [LoggerMessage(2, LogLevel.Information,
        "Recorded {EventCount} mail events: {ProblemCount} problems, {SuppressedCount} addresses on the suppression list, {ReportedCount} noted on the outbox")]
    public static partial void Recorded(ILogger logger, int eventCount, int problemCount, int suppressedCount,
        int reportedCount);
}
