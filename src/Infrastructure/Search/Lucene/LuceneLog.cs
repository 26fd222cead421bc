using Microsoft.Extensions.Logging;

namespace TalentMatch.Infrastructure.Search.Lucene;

internal static partial class LuceneLog
{
    [LoggerMessage(1, LogLevel.Warning, "Search index {Index} generation {Generation} cannot be opened or read; it needs a rebuild")]
    public static partial void Unreadable(ILogger logger, Exception exception, string index, int generation);

    [LoggerMessage(2, LogLevel.Information, "Search index {Index} removed old or abandoned generations {Generations}")]
    public static partial void RemovedOldGenerations(ILogger logger, string index, string generations);

    [LoggerMessage(3, LogLevel.Information, "Search index {Index} rebuilt as generation {Generation} with {Documents} documents")]
    public static partial void Rebuilt(ILogger logger, string index, int generation, long documents);

    [LoggerMessage(4, LogLevel.Information, "Search index {Index} rebuild of generation {Generation} abandoned")]
    public static partial void RebuildAbandoned(ILogger logger, string index, int generation);

    [LoggerMessage(5, LogLevel.Warning, "Search index {Index} could not delete old generations {Generations}; they go at the next start")]
    public static partial void OldGenerationsKept(ILogger logger, string index, string generations);
}
