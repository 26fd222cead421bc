using Microsoft.Extensions.Logging;

namespace TalentMatch.Infrastructure.Search.Indexing;

internal static partial class SearchIndexLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Rebuilding the {Index} index: {Reason}")]
    public static partial void RebuildStarted(ILogger logger, IndexName index, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Rebuilt the {Index} index with {Count} documents")]
    public static partial void RebuildFinished(ILogger logger, IndexName index, long count);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Rebuilding the {Index} index failed")]
    public static partial void RebuildFailed(ILogger logger, IndexName index, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "An index outbox pass failed; it is retried")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "The {Index} index is up to date")]
    public static partial void UpToDate(ILogger logger, IndexName index);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "{Pending} index changes are waiting; rebuilding instead of catching up")]
    public static partial void TooManyPending(ILogger logger, int pending);
}
