using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Placements.GetReportableVacancy;
using TalentMatch.Application.Placements.ReportPlacement;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Candidate.Applications;

/// <summary>"I found this job through TalentMatch": a vacancy the candidate matched and got without applying here.</summary>
public sealed class ReportModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid VacancyId { get; set; }

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public ReportableVacancyDto Vacancy { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Vacancy = await sender.Send(new GetReportableVacancyQuery(VacancyId), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await sender.TrySendCommandAsync(new ReportPlacementCommand(VacancyId, Input.StartDate), ModelState,
                cancellationToken) is not null)
        {
            Done = "reported";
            return RedirectToPage("Index");
        }

        Vacancy = await sender.Send(new GetReportableVacancyQuery(VacancyId), cancellationToken);
        return Page();
    }
}
