using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Applications.ApplyToVacancy;
using TalentMatch.Application.Candidates.GetMyProfile;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Candidate.Applications;

/// <summary>Apply to a published vacancy: a motivation, optionally a copy of the profile's CV, the retention choice.</summary>
public sealed class ApplyModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid VacancyId { get; set; }

    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    public VacancyDto Vacancy { get; private set; } = null!;

    public string? CvFileName { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.IncludeCv = CvFileName is not null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var sent = await sender.TrySendCommandAsync(new ApplyToVacancyCommand(VacancyId, Input.Motivation,
            Input.IncludeCv, Input.KeepForAYear), ModelState, cancellationToken);
        if (sent is not null)
        {
            Done = "applied";
            return RedirectToPage("Details", new { id = sent.Value });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Vacancy = await sender.Send(new GetVacancyQuery(VacancyId), cancellationToken);
        CvFileName = (await sender.Send(new GetMyProfileQuery(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            cancellationToken)).Cv?.FileName;
    }
}
