using System.Globalization;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Shared;

/// <summary>The name an alert gets when its owner gives none, in the current UI language, e.g. "lasser · Leiden · 25 km".</summary>
public static class AlertNames
{
    private const string Separator = " · ";
    private const int MaxOtherValues = 3;

    public static string Default(AlertKind kind, SavedSearchCriteria? criteria, string? vacancyTitle) => Cut(kind switch
    {
        AlertKind.MatchingVacancies => AlertMessages.Get("DefaultNameProfile"),
        AlertKind.MatchingCandidates => AlertMessages.Format("DefaultNameVacancy", vacancyTitle ?? string.Empty),
        _ => OfSearch(criteria!),
    });

    private static string OfSearch(SavedSearchCriteria c)
    {
        var parts = new List<string?> { c.Text, c.Near, c.RadiusKm is { } km ? $"{km.ToString("0.#", CultureInfo.CurrentCulture)} km" : null }
            .OfType<string>().ToList();
        if (parts.Count == 0)
        {
            parts = [.. c.Sectors.Concat(c.Contracts).Concat(c.Languages).Concat(c.OccupationGroups ?? []).Take(MaxOtherValues)];
        }

        return parts.Count == 0 ? AlertMessages.Get("DefaultNameAll") : string.Join(Separator, parts);
    }

    private static string Cut(string name) =>
        name.Length <= AlertSubscription.NameMaxLength ? name : name[..(AlertSubscription.NameMaxLength - 1)] + "…";
}
