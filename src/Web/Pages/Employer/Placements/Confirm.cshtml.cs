using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Placements.ConfirmPlacement;
using TalentMatch.Application.Placements.GetPlacement;
using TalentMatch.Application.Placements.RejectPlacement;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer.Placements;

/// <summary>Confirm (with the agreed terms) or reject a job a candidate reported as found through TalentMatch.</summary>
public sealed class ConfirmModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PlacementTermsInput Input { get; set; } = new();

    public PlacementDto Placement { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Placement = await sender.Send(new GetPlacementQuery(Id), cancellationToken);
        Input.StartDate = Placement.StartDate;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await sender.TrySendAsync(new ConfirmPlacementCommand(Id, Input.StartDate, Input.HoursPerWeek, Input.ContractType,
            Input.SponsorNeeded, Input.HousingArranged), ModelState, cancellationToken)
            ? await DoneAsync(cancellationToken) : await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken) =>
        await sender.TrySendAsync(new RejectPlacementCommand(Id), ModelState, cancellationToken)
            ? await DoneAsync(cancellationToken) : await ShowAsync(cancellationToken);

    private async Task<IActionResult> DoneAsync(CancellationToken cancellationToken)
    {
        Placement = await sender.Send(new GetPlacementQuery(Id), cancellationToken);
        return RedirectToPage("/Employer/Vacancies/Applications", new { id = Placement.VacancyId });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Placement = await sender.Send(new GetPlacementQuery(Id), cancellationToken);
        return Page();
    }
}
