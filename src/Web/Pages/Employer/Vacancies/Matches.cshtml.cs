using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Alerts.CreateAlert;
using TalentMatch.Application.Alerts.DeleteAlert;
using TalentMatch.Application.Alerts.ListMyAlerts;
using TalentMatch.Application.Applications.InviteCandidate;
using TalentMatch.Application.Applications.ListVacancyApplications;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Matching.GetVacancyMatches;
using TalentMatch.Application.Vacancies.GetVacancy;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Alerts;
using TalentMatch.Web.Infrastructure;
using TalentMatch.Web.Pages.Shared;

namespace TalentMatch.Web.Pages.Employer.Vacancies;

/// <summary>
/// The visible candidates who match one of our vacancies, anonymous, with what they meet and miss; each can be
/// invited to apply. Also the switch for the alert "new candidates who match this vacancy". Another employer's
/// vacancy is "not found" (the use cases check).
/// </summary>
public sealed class MatchesModel(ISender sender) : PageModel
{
    public const int Shown = 20;

    private const string Kind = nameof(AlertKind.MatchingCandidates);

    [FromRoute]
    public Guid Id { get; set; }

    public VacancyDto Vacancy { get; private set; } = null!;

    public IReadOnlyList<CandidateMatchDto> Matches { get; private set; } = [];

    /// <summary>The latest application or invitation of each candidate who has one for this vacancy.</summary>
    public IReadOnlyDictionary<Guid, ApplicationSummaryDto> Applications { get; private set; } =
        new Dictionary<Guid, ApplicationSummaryDto>();

    public AlertSwitch Alert { get; private set; } = new(Kind, null);

    [TempData]
    public string? Invited { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(Guid candidateId, CancellationToken cancellationToken)
    {
        if ((await sender.TrySendForResultAsync(new InviteCandidateCommand(Id, candidateId, null), ModelState,
                cancellationToken)).Ok)
        {
            Invited = "invited";   // not the id: TempData reads a Guid-like string back as a Guid
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAlertOnAsync(string? frequency, CancellationToken cancellationToken)
    {
        if (await sender.TrySendCommandAsync(new CreateAlertCommand(Kind, VacancyId: Id, Frequency: frequency), ModelState,
            cancellationToken, AlertSwitchFields.Map) is not null)
        {
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAlertOffAsync(CancellationToken cancellationToken)
    {
        if (await CurrentAsync(cancellationToken) is { } alert)
        {
            await sender.Send(new DeleteAlertCommand(alert.Id), cancellationToken);
        }

        return RedirectToPage(new { id = Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Matches = (await sender.Send(new GetVacancyMatchesQuery(Id, Shown), cancellationToken)).Items;
        Vacancy = await sender.Send(new GetVacancyQuery(Id), cancellationToken);
        var applications = await sender.Send(new ListVacancyApplicationsQuery(Id, 1, PageRules.MaxPageSize), cancellationToken);
        Applications = applications.Items.GroupBy(a => a.CandidateId).ToDictionary(g => g.Key, g => g.First());
        Alert = new AlertSwitch(Kind, await CurrentAsync(cancellationToken), Vacancy.Status == "Published");
    }

    private async Task<Application.Alerts.Shared.AlertDto?> CurrentAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new ListMyAlertsQuery(), cancellationToken)).FirstOrDefault(a => a.Kind == Kind && a.VacancyId == Id);
}
