using TalentMatch.Application.Search;

namespace TalentMatch.Application.Alerts.Percolation;

/// <summary>
/// Stored alert queries, indexed so that a new vacancy (or a new or changed visible candidate) is checked only against
/// the subscriptions it can possibly match — the way Elasticsearch's percolator works. Returns a superset: never
/// misses a subscription that <c>AlertConfirmation</c> would accept (tests compare with a brute-force oracle).
/// Rebuilt from the database at start; the database holds the subscriptions.
/// </summary>
public interface IAlertPercolator
{
    Task UpsertAsync(IReadOnlyCollection<AlertQuery> queries, CancellationToken cancellationToken);

    Task RemoveAsync(IReadOnlyCollection<Guid> subscriptionIds, CancellationToken cancellationToken);

    /// <summary>Replaces everything (start-up, or after a change made by another instance).</summary>
    Task ReplaceAllAsync(IReadOnlyCollection<AlertQuery> queries, CancellationToken cancellationToken);

    /// <summary>Saved searches and profile alerts (candidates') that the vacancy may match.</summary>
    Task<IReadOnlyList<Guid>> PercolateAsync(VacancyDocument vacancy, CancellationToken cancellationToken);

    /// <summary>Employers' alerts that the visible candidate may match.</summary>
    Task<IReadOnlyList<Guid>> PercolateAsync(CandidateDocument candidate, CancellationToken cancellationToken);
}
