using TalentMatch.Application.Search;

namespace TalentMatch.Application.Alerts.Matching;

/// <summary>A saved search as the percolator stores it; <paramref name="Version"/> changes whenever the alert does.</summary>
public sealed record SavedSearchQuery(Guid SubscriptionId, long Version, VacancySearchRequest Request);

/// <summary>An item found for a subscription.</summary>
public readonly record struct PercolatedPair(Guid SubscriptionId, Guid ItemId);

/// <summary>
/// Stored saved searches, indexed so that new vacancies are checked only against the searches they can possibly
/// match, then confirmed with the engine's own search semantics — Elasticsearch's percolator, and an in-memory
/// equivalent for the embedded engine. The result is exact: the pairs for which the search would show the vacancy
/// (tests compare it with running every saved search). The database holds the subscriptions; the percolator is
/// brought up to date with <see cref="SyncAsync"/> before each pass.
/// </summary>
public interface ISavedSearchPercolator
{
    /// <summary>Makes the stored queries exactly <paramref name="queries"/>; unchanged versions are kept as they are.</summary>
    Task SyncAsync(IReadOnlyCollection<SavedSearchQuery> queries, CancellationToken cancellationToken);

    /// <summary>The (saved search, vacancy) pairs where the search finds the vacancy.</summary>
    Task<IReadOnlyList<PercolatedPair>> PercolateAsync(IReadOnlyList<VacancyDocument> vacancies, CancellationToken cancellationToken);
}
