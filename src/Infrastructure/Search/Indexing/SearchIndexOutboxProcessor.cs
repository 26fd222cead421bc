using Microsoft.EntityFrameworkCore;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// One pass over the index outbox: takes the oldest changes, writes the current state of their entities to the
/// indexes, then deletes exactly those rows. A crash before the delete repeats the (idempotent) writes next time.
/// </summary>
public sealed class SearchIndexOutboxProcessor(ApplicationDbContext db, SearchIndexWriter writer)
{
    /// <summary>Returns how many rows the pass handled (0 when the outbox was empty).</summary>
    public async Task<int> ProcessAsync(int batchSize, CancellationToken cancellationToken)
    {
        var batch = await db.Set<SearchIndexChange>().AsNoTracking().OrderBy(c => c.Id).Take(batchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        await writer.WriteVacanciesAsync(IdsOf(batch, IndexedKind.Vacancy), cancellationToken);
        await writer.WriteEmployerVacanciesAsync(IdsOf(batch, IndexedKind.Employer), cancellationToken);
        await writer.WriteCandidatesAsync(IdsOf(batch, IndexedKind.Candidate), cancellationToken);
        var handled = batch.Select(c => c.Id).ToList();
        await db.Set<SearchIndexChange>().Where(c => handled.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        return batch.Count;
    }

    /// <summary>Rows waiting, for deciding between catching up and rebuilding.</summary>
    public Task<int> CountPendingAsync(CancellationToken cancellationToken) =>
        db.Set<SearchIndexChange>().CountAsync(cancellationToken);

    /// <summary>Forgets every row up to and including <paramref name="lastId"/> (a rebuild has covered them).</summary>
    public Task<int> DiscardThroughAsync(long lastId, CancellationToken cancellationToken) =>
        db.Set<SearchIndexChange>().Where(c => c.Id <= lastId).ExecuteDeleteAsync(cancellationToken);

    public async Task<long> LastIdAsync(CancellationToken cancellationToken) =>
        await db.Set<SearchIndexChange>().MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    private static List<Guid> IdsOf(List<SearchIndexChange> batch, IndexedKind kind) =>
        [.. batch.Where(c => c.Kind == kind).Select(c => c.EntityId).Distinct()];
}
