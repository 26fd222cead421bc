using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Matching;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Alerts.Matching;

/// <summary>
/// One matching pass over the alert outbox (<see cref="AlertTrigger"/>): new vacancies go to the saved-search
/// percolator and to the candidates' profile alerts of their topics; new or changed visible candidates to the
/// employers' alerts of their topics; profile alerts are confirmed by the one <see cref="MatchScorer"/> (at least
/// <see cref="AlertScores.Minimum"/>). The new pairs become <see cref="AlertDelivery"/> rows and the triggers are
/// removed in one transaction; a pair recorded before (an earlier pass, another instance) is left alone, and the
/// unique index on the pair is the last guard. The mailer sends what is recorded.
/// </summary>
public sealed class AlertMatcher(IApplicationDbContext db, AlertWatchlist watchlist, ISavedSearchPercolator percolator,
    SearchDocumentFactory documents, MatchScorer scorer, AlertSummaries summaries, TimeProvider clock)
{
    public const int DefaultBatchSize = 500;

    public async Task<AlertMatchPassResult> RunPassAsync(int batchSize, CancellationToken cancellationToken)
    {
        var triggers = await db.AlertTriggers.AsNoTracking().OrderBy(t => t.Id).Take(Math.Max(1, batchSize))
            .ToListAsync(cancellationToken);
        if (triggers.Count == 0)
        {
            return AlertMatchPassResult.Nothing;
        }

        var watch = await watchlist.RefreshAsync(db, percolator, cancellationToken);
        var today = clock.Today();
        var found = new List<Found>();
        found.AddRange(await ForVacanciesAsync(IdsOf(triggers, AlertItemKind.Vacancy), watch, today, cancellationToken));
        found.AddRange(await ForCandidatesAsync(IdsOf(triggers, AlertItemKind.Candidate), watch, today, cancellationToken));
        var recorded = await RecordAsync(found, [.. triggers.Select(t => t.Id)], cancellationToken);
        return new AlertMatchPassResult(triggers.Count, recorded);
    }

    private static List<Guid> IdsOf(List<AlertTrigger> triggers, AlertItemKind kind) =>
        [.. triggers.Where(t => t.Kind == kind).Select(t => t.ItemId).Distinct()];

    private async Task<List<Found>> ForVacanciesAsync(List<Guid> ids, AlertWatch watch, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var vacancyIds = ids.Select(id => new VacancyId(id)).ToList();
        var vacancies = (await db.Vacancies.AsNoTracking().AsSplitQuery()
            .Where(v => vacancyIds.Contains(v.Id) && v.Status == VacancyStatus.Published)
            .ToListAsync(cancellationToken)).Where(v => IsOpen(v, today)).ToDictionary(v => v.Id.Value);
        if (vacancies.Count == 0)
        {
            return [];
        }

        var employerIds = vacancies.Values.Select(v => v.EmployerId).Distinct().ToList();
        var names = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var docs = vacancies.Values.OrderBy(v => v.Id.Value)
            .Select(v => documents.Create(v, names.GetValueOrDefault(v.EmployerId) ?? string.Empty)).ToList();

        var found = new List<Found>();
        var searches = (await percolator.PercolateAsync(docs, cancellationToken))
            .Select(p => (Pair: p, Alert: watch.Active(p.SubscriptionId, AlertKind.SavedSearch)))
            .Where(p => p.Alert is not null && vacancies.TryGetValue(p.Pair.ItemId, out var v) && IsNewFor(p.Alert, v)).ToList();
        var searchers = await ProfilesOfAsync([.. searches.Select(p => p.Alert!.OwnerId.Value).Distinct()], cancellationToken);
        foreach (var (pair, alert) in searches)
        {
            var profile = searchers.GetValueOrDefault(alert!.OwnerId.Value);
            found.Add(new Found(alert, pair.ItemId, profile is null ? null : scorer.Score(profile, vacancies[pair.ItemId], today)));
        }

        var prepared = new ConcurrentDictionary<UserId, PreparedCandidate>(); // each profile worked out once a pass
        var batch = docs.Select(d => (Document: d, Facts: scorer.Prepare(vacancies[d.Id]))).ToList();
        var matched = watch.ProfileAlerts.Confirm(batch, scorer, today, (id, vacancy) =>
            watch.Active(id, AlertKind.MatchingVacancies) is { } alert && IsNewFor(alert, vacancy.Vacancy)
            && watch.Profiles.GetValueOrDefault(alert.OwnerId) is { } candidate
                ? prepared.GetOrAdd(alert.OwnerId, _ => scorer.Prepare(candidate))
                : null);
        foreach (var (id, index) in matched)
        {
            var alert = watch.Subscriptions[id];
            var (document, facts) = batch[index];
            found.Add(new Found(alert, document.Id, scorer.Score(prepared[alert.OwnerId], facts, today)));
        }

        return found;
    }

    private async Task<List<Found>> ForCandidatesAsync(List<Guid> ids, AlertWatch watch, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var candidateIds = ids.Select(id => new CandidateId(id)).ToList();
        var candidates = await db.Candidates.AsNoTracking().AsSplitQuery()
            .Where(c => candidateIds.Contains(c.Id) && c.VisibleToEmployers).ToListAsync(cancellationToken);
        var found = new List<Found>();
        var prepared = new Dictionary<Guid, PreparedVacancy>(); // each watched vacancy worked out once a pass
        foreach (var candidate in candidates)
        {
            var facts = scorer.Prepare(candidate);
            foreach (var id in watch.ProfileAlerts.Percolate(documents.Create(candidate)))
            {
                if (watch.Active(id, AlertKind.MatchingCandidates) is { VacancyId: { } vacancyId } alert
                    && (candidate.ProfileUpdatedAt ?? candidate.RegisteredAt) >= alert.CreatedAt
                    && watch.Vacancies.GetValueOrDefault(vacancyId) is { Status: VacancyStatus.Published } vacancy
                    && IsOpen(vacancy, today)
                    && Prepared(prepared, vacancyId, vacancy) is var vacancyFacts
                    && scorer.ScoreOnly(facts, vacancyFacts, today) >= AlertScores.Minimum)
                {
                    found.Add(new Found(alert, candidate.Id.Value, scorer.Score(facts, vacancyFacts, today)));
                }
            }
        }

        return found;
    }

    private PreparedVacancy Prepared(Dictionary<Guid, PreparedVacancy> cache, Guid id, Vacancy vacancy) =>
        cache.TryGetValue(id, out var facts) ? facts : cache[id] = scorer.Prepare(vacancy);

    private async Task<Dictionary<Guid, Candidate>> ProfilesOfAsync(List<Guid> owners, CancellationToken cancellationToken)
    {
        if (owners.Count == 0)
        {
            return [];
        }

        var users = owners.Select(o => new UserId(o)).ToList();
        return (await db.Candidates.AsNoTracking().AsSplitQuery().Where(c => users.Contains(c.UserId))
            .ToListAsync(cancellationToken)).ToDictionary(c => c.UserId.Value);
    }

    /// <summary>An alert watches for what is new after it was made: a vacancy published before it is not news.</summary>
    private static bool IsNewFor(AlertSubscription alert, Vacancy vacancy) => (vacancy.PublishedAt ?? vacancy.UpdatedAt) >= alert.CreatedAt;

    private static bool IsOpen(Vacancy vacancy, DateOnly today) => vacancy.ClosingDate is null || vacancy.ClosingDate >= today;

    /// <summary>New pairs and the triggers' removal commit together; a race with another instance retries next pass.</summary>
    private async Task<int> RecordAsync(List<Found> found, List<long> triggerIds, CancellationToken cancellationToken)
    {
        var itemIds = found.Select(f => f.ItemId).Distinct().ToList();
        var known = itemIds.Count == 0 ? [] : (await db.AlertDeliveries.AsNoTracking().Where(d => itemIds.Contains(d.ItemId))
            .Select(d => new { d.SubscriptionId, d.ItemId }).ToListAsync(cancellationToken))
            .Select(d => (d.SubscriptionId.Value, d.ItemId)).ToHashSet();
        var now = clock.GetUtcNow();
        var fresh = found.Where(f => known.Add((f.Alert.Id.Value, f.ItemId)))
            .Select(f => AlertDelivery.Found(f.Alert.Id, f.ItemId, f.Result?.Score ?? 0, summaries.Of(f.Result, f.Alert.Culture), now))
            .ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.AlertDeliveries.AddRange(fresh);
            await db.SaveChangesAsync(cancellationToken);
            await db.AlertTriggers.Where(t => triggerIds.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            return 0; // another instance recorded one of these pairs meanwhile: rolled back, the next pass skips it
        }
        finally
        {
            foreach (var delivery in fresh)
            {
                db.AlertDeliveries.Entry(delivery).State = EntityState.Detached;
            }
        }
    }

    private sealed record Found(AlertSubscription Alert, Guid ItemId, MatchResult? Result);
}
