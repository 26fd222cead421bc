using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Applications.ListOrganisationApplications;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Web.Pages.Employer.Applications;

/// <summary>The open applications to all of the organisation's vacancies (?all=true: ended ones too).</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public PagedResult<ApplicationSummaryDto> Applications { get; private set; } = null!;

    public bool All { get; private set; }

    public async Task OnGetAsync(bool all, CancellationToken cancellationToken)
    {
        All = all;
        Applications = await sender.Send(new ListOrganisationApplicationsQuery(all, 1, PageRules.MaxPageSize),
            cancellationToken);
    }
}
