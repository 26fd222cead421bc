using TalentMatch.Application.Vacancies.SearchVacancies;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// The query string of <c>GET /api/v1/vacancies</c>. A filter may repeat (<c>sector=education&amp;sector=healthcare</c>)
/// or list values with commas. Dates are yyyy-MM-dd.
/// </summary>
public sealed record VacancySearchParameters(
    string? Q, string[]? Sector, string[]? Occupation, string[]? OccupationGroup, string? Near, double? RadiusKm,
    int? HoursMin, int? HoursMax, string[]? Contract, string[]? Language, int? SalaryMin, bool? SponsorsVisa,
    bool? Housing, DateOnly? PostedSince, string? Sort, int? Page, int? PageSize)
{
    public SearchVacanciesQuery ToQuery() => new(Q, Split(Sector), Split(Occupation), Split(OccupationGroup), Near,
        RadiusKm, HoursMin, HoursMax, Split(Contract), Split(Language), SalaryMin, SponsorsVisa, Housing, PostedSince,
        Sort, Page, PageSize);

    /// <summary>Repeated and comma-separated values alike; ESCO URIs contain no commas.</summary>
    public static IReadOnlyList<string>? Split(string[]? values) =>
        values is null ? null : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}
