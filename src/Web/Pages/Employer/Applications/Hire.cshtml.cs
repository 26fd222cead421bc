using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Applications.GetApplication;
using TalentMatch.Application.Applications.HireCandidate;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer.Applications;

/// <summary>Records the hire of a candidate with an offer: start date, hours, contract, sponsor and housing.</summary>
public sealed class HireModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PlacementTermsInput Input { get; set; } = new();

    public ApplicationDto Application { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Application = await sender.Send(new GetApplicationQuery(Id), cancellationToken);
        Input.SponsorNeeded = Application.Candidate.NeedsSponsor;
        Input.HoursPerWeek = Application.Candidate.HoursMax;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var sent = await sender.TrySendCommandAsync(new HireCandidateCommand(Id, Input.StartDate, Input.HoursPerWeek,
            Input.ContractType, Input.SponsorNeeded, Input.HousingArranged), ModelState, cancellationToken);
        if (sent is not null)
        {
            Done = "hired";
            return RedirectToPage("Details", new { id = Id });
        }

        Application = await sender.Send(new GetApplicationQuery(Id), cancellationToken);
        return Page();
    }
}
