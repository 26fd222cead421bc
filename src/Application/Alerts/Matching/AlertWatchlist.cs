using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Alerts.Matching;

/// <summary>
/// The subscriptions and what they watch, kept in memory between passes (a singleton) and re-read from the database
/// — which holds them — when a cheap stamp says they changed: the number of subscriptions and their latest change,
/// the latest profile change of candidates with a profile alert, the latest change of watched vacancies. Each
/// instance keeps its own, so instances stay stateless: a change made through another instance shows in the stamp.
/// The saved searches are pushed into the percolator on every change (it keeps unchanged versions).
/// </summary>
public sealed class AlertWatchlist(SavedSearchRequests requests, MatchRetrievals retrievals)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AlertWatch _current = new(new Dictionary<Guid, AlertSubscription>(), new Dictionary<UserId, Candidate>(),
        new Dictionary<Guid, Vacancy>(), ProfileAlertIndex.Empty);

    private Stamp? _stamp;

    public async Task<AlertWatch> RefreshAsync(IApplicationDbContext db, ISavedSearchPercolator percolator,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(percolator);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var subscriptions = await SubscriptionStampAsync(db, cancellationToken);
            var watch = _current;
            var reloadAll = _stamp is null || subscriptions != _stamp.Subscriptions;
            if (reloadAll)
            {
                var all = await db.AlertSubscriptions.AsNoTracking().ToListAsync(cancellationToken);
                watch = watch with { Subscriptions = all.ToDictionary(s => s.Id.Value) };
                await percolator.SyncAsync([.. all.Where(s => s.Kind == AlertKind.SavedSearch && s.Criteria is not null)
                    .Select(s => new SavedSearchQuery(s.Id.Value, s.UpdatedAt.UtcTicks, requests.Create(s.Criteria!, s.Culture, DateOnly.MinValue)))],
                    cancellationToken);
            }

            var watched = WatchedVacancyIds(watch);
            var profiles = await ProfileStampAsync(db, cancellationToken);
            var vacancies = watched.Count == 0 ? null
                : await db.Vacancies.Where(v => watched.Contains(v.Id)).MaxAsync(v => (DateTimeOffset?)v.UpdatedAt, cancellationToken);
            var changed = reloadAll || profiles != _stamp!.Profiles || vacancies != _stamp.Vacancies;
            if (reloadAll || profiles != _stamp!.Profiles)
            {
                watch = watch with { Profiles = await LoadProfilesAsync(db, cancellationToken) };
            }

            if (reloadAll || vacancies != _stamp!.Vacancies)
            {
                watch = watch with
                {
                    Vacancies = (await db.Vacancies.AsNoTracking().AsSplitQuery().Where(v => watched.Contains(v.Id))
                        .ToListAsync(cancellationToken)).ToDictionary(v => v.Id.Value),
                };
            }

            if (changed)
            {
                watch = watch with { ProfileAlerts = Index(watch) };
            }

            _current = watch;
            _stamp = new Stamp(subscriptions, profiles, vacancies);
            return watch;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<(int Count, DateTimeOffset? Latest)> SubscriptionStampAsync(IApplicationDbContext db,
        CancellationToken cancellationToken) =>
        (await db.AlertSubscriptions.CountAsync(cancellationToken),
            await db.AlertSubscriptions.MaxAsync(s => (DateTimeOffset?)s.UpdatedAt, cancellationToken));

    private static IQueryable<Candidate> ProfileOwners(IApplicationDbContext db) =>
        db.Candidates.Where(c => db.AlertSubscriptions.Any(s => s.OwnerId == c.UserId && s.Kind == AlertKind.MatchingVacancies));

    private static Task<DateTimeOffset?> ProfileStampAsync(IApplicationDbContext db, CancellationToken cancellationToken) =>
        ProfileOwners(db).MaxAsync(c => (DateTimeOffset?)(c.ProfileUpdatedAt ?? c.RegisteredAt), cancellationToken);

    private static async Task<Dictionary<UserId, Candidate>> LoadProfilesAsync(IApplicationDbContext db,
        CancellationToken cancellationToken) =>
        (await ProfileOwners(db).AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken)).ToDictionary(c => c.UserId);

    private static List<VacancyId> WatchedVacancyIds(AlertWatch watch) =>
        [.. watch.Subscriptions.Values.Where(s => s.Kind == AlertKind.MatchingCandidates && s.VacancyId is not null)
            .Select(s => new VacancyId(s.VacancyId!.Value)).Distinct()];

    private ProfileAlertIndex Index(AlertWatch watch)
    {
        var today = DateOnly.MinValue; // retrieval's "open" date is not used here; new items are checked for that
        var forVacancies = watch.Subscriptions.Values
            .Where(s => s.Kind == AlertKind.MatchingVacancies && watch.Profiles.ContainsKey(s.OwnerId))
            .Select(s => (s.Id.Value, retrievals.ForCandidate(watch.Profiles[s.OwnerId], today)));
        var forCandidates = watch.Subscriptions.Values
            .Where(s => s.Kind == AlertKind.MatchingCandidates && s.VacancyId is { } v && watch.Vacancies.ContainsKey(v))
            .Select(s => (s.Id.Value, retrievals.ForVacancy(watch.Vacancies[s.VacancyId!.Value], today)));
        return new ProfileAlertIndex(forVacancies, forCandidates);
    }

    private sealed record Stamp((int Count, DateTimeOffset? Latest) Subscriptions, DateTimeOffset? Profiles, DateTimeOffset? Vacancies);
}
