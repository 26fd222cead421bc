using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Vacancies;

/// <summary>
/// Vacancy search: free text in any of five languages, a place and distance, facets with counts, sorting and paging.
/// Bad input (an unknown place, a distance without a place) shows field errors above the form, never an error page.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "")]
    public SearchInput Input { get; set; } = new();

    public VacancySearchResultDto? Result { get; private set; }

    public bool HasNext => Result is not null && Result.Total > Result.Page * Result.PageSize;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return; // a number that is not a number: shown with the form, nothing searched
        }

        var sent = await sender.TrySendQueryAsync(Input.ToQuery() with { PageSize = PageSize }, ModelState,
            cancellationToken, FieldMap);
        Result = sent?.Value;
    }

    /// <summary>This search's query string for another page, facet choices included.</summary>
    public RouteValueDictionary PageLink(int page)
    {
        var values = new RouteValueDictionary(Input.RouteValues(page).Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => (object?)kv.Value));
        values["sector"] = Input.Sector.ToArray();
        values["contract"] = Input.Contract.ToArray();
        values["language"] = Input.Language.ToArray();
        values["occupationGroup"] = Input.OccupationGroup.ToArray();
        return values;
    }

    private static readonly Dictionary<string, string> FieldMap = new()
    {
        ["q"] = "Q", ["near"] = "Near", ["radiusKm"] = "RadiusKm", ["sort"] = "Sort", ["sector"] = "Sector",
        ["contract"] = "Contract", ["language"] = "Language", ["occupationGroup"] = "OccupationGroup",
        ["salaryMin"] = "SalaryMin", ["hoursMin"] = "HoursMin", ["hoursMax"] = "HoursMax", ["page"] = "P",
    };
}
