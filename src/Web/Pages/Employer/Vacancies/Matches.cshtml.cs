using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Applications.InviteCandidate;
using TalentMatch.Application.Applications.ListVacancyApplications;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Matching.GetVacancyMatches;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

/// <summary>
/// The visible candidates who match one of our vacancies, anonymous, with what they meet and miss; each can be
/// invited to apply. Another employer's vacancy is "not found" (the use case checks).
/// </summary>
public sealed class MatchesModel(ISender sender) : PageModel
{
    public const int Shown = 20;

    public VacancyDto Vacancy { get; private set; } = null!;

    public IReadOnlyList<CandidateMatchDto> Matches { get; private set; } = [];

    /// <summary>The latest application or invitation of each candidate who has one for this vacancy.</summary>
    public IReadOnlyDictionary<Guid, ApplicationSummaryDto> Applications { get; private set; } =
        new Dictionary<Guid, ApplicationSummaryDto>();

    [TempData]
    public string? Invited { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(Guid id, Guid candidateId, CancellationToken cancellationToken)
    {
        if ((await sender.TrySendForResultAsync(new InviteCandidateCommand(id, candidateId, null), ModelState,
                cancellationToken)).Ok)
        {
            Invited = "invited";   // not the id: TempData reads a Guid-like string back as a Guid
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Matches = (await sender.Send(new GetVacancyMatchesQuery(id, Shown), cancellationToken)).Items;
        Vacancy = await sender.Send(new GetVacancyQuery(id), cancellationToken);
        var applications = await sender.Send(new ListVacancyApplicationsQuery(id, 1, PageRules.MaxPageSize), cancellationToken);
        Applications = applications.Items.GroupBy(a => a.CandidateId).ToDictionary(g => g.Key, g => g.First());
    }
}
