using TalentMatch.Application.Common.Time;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// What the database says now about one person's pending items: the vacancies (found ones and watched ones), the
/// visible candidates, organisation names, and the point distances are measured from.
/// </summary>
public sealed record AlertItemFacts(
    IReadOnlyDictionary<Guid, VacancyFacts> Vacancies, IReadOnlyDictionary<Guid, Candidate> VisibleCandidates,
    GeoPoint? Home, IReadOnlyDictionary<Guid, GeoPoint?> SearchPlaces, DateOnly Today)
{
    /// <summary>
    /// Worth mailing: an open published vacancy; a visible candidate for a still published vacancy; an alert not paused.
    /// Anything else is skipped for good (a closed or filled vacancy is final; a candidate who hid stays unmailed).
    /// </summary>
    public bool IsLive(AlertSubscription alert, AlertDelivery delivery) => !alert.Paused && (alert.Kind == AlertKind.MatchingCandidates
        ? alert.VacancyId is { } watched && Vacancies.TryGetValue(watched, out var vacancy) && vacancy.IsOpen(Today)
            && VisibleCandidates.ContainsKey(delivery.ItemId)
        : Vacancies.TryGetValue(delivery.ItemId, out var found) && found.IsOpen(Today));

    /// <summary>Distances for a saved search are from its place; for the profile alert from the candidate's home.</summary>
    public GeoPoint? DistanceFrom(AlertSubscription alert) =>
        alert.Kind == AlertKind.SavedSearch ? SearchPlaces.GetValueOrDefault(alert.Id.Value) : Home;
}

/// <summary>The few columns of a vacancy an alert e-mail shows.</summary>
public sealed record VacancyFacts(
    Guid Id, string Title, string? Organisation, VacancyStatus Status, DateOnly? ClosingDate, string? PlaceName,
    double? Latitude, double? Longitude)
{
    public bool IsOpen(DateOnly today) => Status == VacancyStatus.Published && (ClosingDate is null || ClosingDate >= today);

    public GeoPoint? Point => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
