using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>The dispatcher's steps, in one scope: the start-up check with rebuilds, and catching up with the outbox.</summary>
public sealed class SearchIndexMaintenance(SearchIndexCheck check, SearchIndexRebuilder rebuilder,
    SearchIndexOutboxProcessor outbox, IOptions<SearchOptions> options, ILogger<SearchIndexMaintenance> logger)
{
    public async Task RebuildWhereNeededAsync(CancellationToken cancellationToken)
    {
        // Changes saved before now are in the database the check reads; applying them first makes a fresh index
        // equal to the database, so only a really stale or broken index is rebuilt.
        await CatchUpAsync(cancellationToken);
        foreach (var index in Enum.GetValues<IndexName>())
        {
            var reason = await check.ReasonToRebuildAsync(index, cancellationToken);
            if (reason is null)
            {
                SearchIndexLog.UpToDate(logger, index);
                continue;
            }

            await rebuilder.RebuildAsync(index, reason, null, cancellationToken);
        }
    }

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pending = await outbox.CountPendingAsync(cancellationToken);
        if (pending > settings.RebuildThreshold)
        {
            SearchIndexLog.TooManyPending(logger, pending);
            foreach (var index in Enum.GetValues<IndexName>())
            {
                await rebuilder.RebuildAsync(index, $"{pending} changes were waiting", null, cancellationToken);
            }

            return;
        }

        while (await outbox.ProcessAsync(settings.BatchSize, cancellationToken) >= settings.BatchSize)
        {
            // a full batch: there may be more
        }
    }
}
