using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Shared;

/// <summary>
/// A search, as <see cref="SearchVacanciesValidator"/> accepted it, stored with the values as sent (blank ones dropped,
/// repeats removed): the search itself maps them when it runs. Sort, page, page size and "posted since" do not apply
/// to new vacancies and are not kept.
/// </summary>
public static class AlertCriteria
{
    public static SavedSearchCriteria From(SearchVacanciesQuery q) =>
        new(Text(q.Q), Clean(q.Sector), Clean(q.Occupation), Clean(q.Contract), Clean(q.Language), Text(q.Near), q.RadiusKm,
            q.HoursMin, q.HoursMax, q.SalaryMin, q.SponsorsVisa, q.Housing)
        {
            OccupationGroups = Clean(q.OccupationGroup),
        };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IReadOnlyList<string> Clean(IReadOnlyList<string>? values) => values is null ? []
        : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
