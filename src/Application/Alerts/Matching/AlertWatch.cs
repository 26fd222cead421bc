using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Alerts.Matching;

/// <summary>
/// What the alerts watch at one moment (<see cref="AlertWatchlist"/>): the subscriptions, the profiles of candidates
/// with a profile alert, the vacancies with an employer's alert, and the profile alerts indexed by topic.
/// </summary>
public sealed record AlertWatch(
    IReadOnlyDictionary<Guid, AlertSubscription> Subscriptions,
    IReadOnlyDictionary<UserId, Candidate> Profiles,
    IReadOnlyDictionary<Guid, Vacancy> Vacancies,
    ProfileAlertIndex ProfileAlerts)
{
    /// <summary>The subscription when it exists, is of <paramref name="kind"/> and is not paused (a paused alert collects nothing).</summary>
    public AlertSubscription? Active(Guid id, AlertKind kind) =>
        Subscriptions.TryGetValue(id, out var s) && s.Kind == kind && !s.Paused ? s : null;
}
