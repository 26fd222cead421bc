using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Matching.GetMyMatches;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>The candidate's best-matching vacancies, each with what is met and missing and how to close a gap.</summary>
public sealed class MatchesModel(ISender sender) : PageModel
{
    public const int Shown = 20;

    public IReadOnlyList<VacancyMatchDto> Matches { get; private set; } = [];

    public bool HasProfile { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Matches = (await sender.Send(new GetMyMatchesQuery(Shown), cancellationToken)).Items;
        }
        catch (NotFoundException)
        {
            HasProfile = false;
        }
    }
}
