using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Rebuilds an index from the database into a new one beside the live index, which is swapped in only when complete
/// (so a crash mid-way leaves the old one, and the start-up check rebuilds again). Outbox rows older than the start
/// are covered by the rebuild and dropped; newer ones are applied afterwards as usual.
/// </summary>
public sealed class SearchIndexRebuilder(ApplicationDbContext db, SearchIndexWriter writer, SearchDocumentFactory documents,
    IVacancyIndex vacancyIndex, ICandidateIndex candidateIndex, SearchIndexOutboxProcessor outbox,
    RebuildProgress progress, TimeProvider clock, ILogger<SearchIndexRebuilder> logger)
{
    private const int BatchSize = 500;

    /// <summary>Changes saved this close before the start may not have been visible to the rebuild's reads.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(5);

    /// <summary>False when a rebuild of that index is already running in this process.</summary>
    public async Task<bool> RebuildAsync(IndexName index, string reason, IProgress<RebuildStatus>? observer,
        CancellationToken cancellationToken)
    {
        var status = new RebuildStatus(index, reason, 0, 0, clock.GetUtcNow(), null, false);
        if (!progress.TryStart(status))
        {
            return false;
        }

        await RunAsync(status, observer, cancellationToken);
        return true;
    }

    /// <summary>
    /// Runs a rebuild already registered as started (<see cref="RebuildProgress.TryStart"/>), so whoever started it
    /// in the background shows it running from the moment it said so.
    /// </summary>
    public async Task RunAsync(RebuildStatus started, IProgress<RebuildStatus>? observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        var (status, index) = (started, started.Index);
        SearchIndexLog.RebuildStarted(logger, index, status.Reason);
        try
        {
            var coveredOutbox = await outbox.LastIdAsync(cancellationToken);
            void Report(long done, long total)
            {
                status = status with { Done = done, Total = total };
                progress.Report(status);
                observer?.Report(status);
            }

            var count = index == IndexName.Vacancies
                ? await RebuildVacanciesAsync(Report, cancellationToken)
                : await RebuildCandidatesAsync(Report, cancellationToken);
            await ReapplyChangedSinceAsync(index, status.StartedAt - ClockSlack, cancellationToken);
            await outbox.DiscardThroughAsync(coveredOutbox, cancellationToken);
            status = status with { FinishedAt = clock.GetUtcNow() };
            SearchIndexLog.RebuildFinished(logger, index, count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status = status with { FinishedAt = clock.GetUtcNow(), Failed = true };
            SearchIndexLog.RebuildFailed(logger, index, ex);
            throw;
        }
        finally
        {
            status = status.FinishedAt is null ? status with { FinishedAt = clock.GetUtcNow(), Failed = true } : status;
            progress.Report(status);
            observer?.Report(status);
        }
    }

    /// <summary>
    /// Writes made to the old index while the new one was built are not in the new one (whichever instance made
    /// them); writing every row changed since the start once more brings the new index up to date.
    /// </summary>
    private async Task ReapplyChangedSinceAsync(IndexName index, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (index == IndexName.Vacancies)
        {
            var ids = await db.Vacancies.AsNoTracking().Where(v => v.UpdatedAt >= since).Select(v => v.Id).ToListAsync(cancellationToken);
            await writer.WriteVacanciesAsync([.. ids.Select(id => id.Value)], cancellationToken);
        }
        else
        {
            var ids = await db.Candidates.AsNoTracking().Where(c => (c.ProfileUpdatedAt ?? c.RegisteredAt) >= since)
                .Select(c => c.Id).ToListAsync(cancellationToken);
            await writer.WriteCandidatesAsync([.. ids.Select(id => id.Value)], cancellationToken);
        }
    }

    private async Task<long> RebuildVacanciesAsync(Action<long, long> report, CancellationToken cancellationToken)
    {
        var published = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Published);
        var total = await published.LongCountAsync(cancellationToken);
        report(0, total);
        await using var rebuild = await vacancyIndex.BeginRebuildAsync(cancellationToken);
        long done = 0;
        foreach (var batch in (await published.Select(v => v.Id).ToListAsync(cancellationToken)).Chunk(BatchSize))
        {
            var ids = batch.ToList();
            var vacancies = await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
            await rebuild.AddAsync(await writer.BuildAsync(vacancies, cancellationToken), cancellationToken);
            report(done += vacancies.Count, total);
        }

        await rebuild.CompleteAsync(cancellationToken);
        return done;
    }

    private async Task<long> RebuildCandidatesAsync(Action<long, long> report, CancellationToken cancellationToken)
    {
        var visible = db.Candidates.AsNoTracking().Where(c => c.VisibleToEmployers);
        var total = await visible.LongCountAsync(cancellationToken);
        report(0, total);
        await using var rebuild = await candidateIndex.BeginRebuildAsync(cancellationToken);
        long done = 0;
        foreach (var batch in (await visible.Select(c => c.Id).ToListAsync(cancellationToken)).Chunk(BatchSize))
        {
            var ids = batch.ToList();
            var candidates = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
            await rebuild.AddAsync([.. candidates.Select(documents.Create)], cancellationToken);
            report(done += candidates.Count, total);
        }

        await rebuild.CompleteAsync(cancellationToken);
        return done;
    }
}
