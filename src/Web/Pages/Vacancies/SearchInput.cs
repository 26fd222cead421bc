using TalentMatch.Application.Vacancies.SearchVacancies;

namespace TalentMatch.Web.Pages.Vacancies;

/// <summary>The search form and facet choices, bound from the query string (GET), so a search can be bookmarked.</summary>
public sealed class SearchInput
{
    public string? Q { get; set; }

    public string? Near { get; set; }

    public double? RadiusKm { get; set; }

    public string? Sort { get; set; }

    public List<string> Sector { get; set; } = [];

    public List<string> OccupationGroup { get; set; } = [];

    public List<string> Contract { get; set; } = [];

    public List<string> Language { get; set; } = [];

    public string? Sponsorship { get; set; }

    public bool Housing { get; set; }

    public int? SalaryMin { get; set; }

    public int? HoursMin { get; set; }

    public int? HoursMax { get; set; }

    public int? P { get; set; }

    public SearchVacanciesQuery ToQuery() => new(Q, Sector, null, OccupationGroup, Near, RadiusKm, HoursMin, HoursMax,
        Contract, Language, SalaryMin, Sponsorship is null ? null : Sponsorship == "true", Housing ? true : null, null,
        Sort, P ?? 1);

    /// <summary>The query string of this search on another page, or with a wider radius.</summary>
    public Dictionary<string, string?> RouteValues(int? page = null, double? radiusKm = null) => new()
    {
        ["q"] = Q, ["near"] = Near, ["radiusKm"] = (radiusKm ?? RadiusKm)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = Sort, ["sponsorship"] = Sponsorship, ["housing"] = Housing ? "true" : null,
        ["salaryMin"] = SalaryMin?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["p"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
