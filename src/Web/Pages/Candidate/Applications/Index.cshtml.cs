using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Applications.ListMyApplications;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Placements.ListMyPlacements;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Web.Pages.Candidate.Applications;

/// <summary>The candidate's applications and invitations (stages in humane words) and the jobs they reported.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public PagedResult<MyApplicationSummaryDto> Applications { get; private set; } = null!;

    public IReadOnlyList<MyPlacementDto> Placements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Applications = await sender.Send(new ListMyApplicationsQuery(1, PageRules.MaxPageSize), cancellationToken);
        Placements = await sender.Send(new ListMyPlacementsQuery(), cancellationToken);
    }
}
