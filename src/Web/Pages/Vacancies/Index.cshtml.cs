using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using TalentMatch.Application.Alerts.CreateAlert;
using TalentMatch.Application.Vacancies.SearchVacancies;
using TalentMatch.Domain.Common;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Vacancies;

/// <summary>
/// Vacancy search: free text in any of five languages, a place and distance, facets with counts, sorting and paging.
/// Bad input (an unknown place, a distance without a place) shows field errors above the form, never an error page.
/// Signed-in candidates can save the search as an alert (POST, then back to the same search).
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "")]
    public SearchInput Input { get; set; } = new();

    public VacancySearchResultDto? Result { get; private set; }

    public bool HasNext => Result is not null && Result.Total > Result.Page * Result.PageSize;

    /// <summary>How often the alert of "save this search" mails: Instant, Daily or Weekly.</summary>
    [BindProperty]
    public string? AlertFrequency { get; set; }

    /// <summary>Set after the search was saved as an alert.</summary>
    [TempData]
    public string? AlertSaved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return; // a number that is not a number: shown with the form, nothing searched
        }

        await SearchAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAlertAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Candidate))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page(); // a number that is not a number: shown with the form, nothing saved
        }

        var command = new CreateAlertCommand(nameof(Domain.Alerts.AlertKind.SavedSearch), Search: Input.ToQuery(),
            Frequency: AlertFrequency);
        if (await sender.TrySendCommandAsync(command, ModelState, cancellationToken, AlertFieldMap) is not null)
        {
            AlertSaved = "saved";
            return Redirect(Url.Page("/Vacancies/Index", null, PageLink(Input.P ?? 1))!);
        }

        await SearchAsync(cancellationToken); // the same search again, with the errors above it
        return Page();
    }

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
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

    /// <summary>The alert's errors on the search's fields ("search.near" is the search's "near"); the rest above the form.</summary>
    private static readonly Dictionary<string, string> AlertFieldMap = FieldMap
        .ToDictionary(kv => $"search.{kv.Key}", kv => kv.Value)
        .Concat(new Dictionary<string, string> { ["frequency"] = string.Empty, ["name"] = string.Empty, ["kind"] = string.Empty })
        .ToDictionary(kv => kv.Key, kv => kv.Value);
}
