using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Candidates.SearchCandidates;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer;

/// <summary>Search among candidates who chose to be visible: anonymous cards, by text, place and distance.</summary>
public sealed class CandidatesModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "near")]
    public string? Near { get; set; }

    [BindProperty(SupportsGet = true, Name = "radiusKm")]
    public double? RadiusKm { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? P { get; set; }

    public PagedResult<CandidateCardDto>? Result { get; private set; }

    public bool HasNext => Result is not null && Result.Total > Result.Page * Result.PageSize;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return;
        }

        var sent = await sender.TrySendQueryAsync(new SearchCandidatesQuery(Q, Near: Near, RadiusKm: RadiusKm,
            Page: P ?? 1, PageSize: PageSize), ModelState, cancellationToken, FieldMap);
        Result = sent?.Value;
    }

    private static readonly Dictionary<string, string> FieldMap = new()
    {
        ["q"] = "Q", ["near"] = "Near", ["radiusKm"] = "RadiusKm", ["page"] = "P",
    };
}
