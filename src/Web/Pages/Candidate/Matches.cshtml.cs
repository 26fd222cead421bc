using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Alerts.CreateAlert;
using TalentMatch.Application.Alerts.DeleteAlert;
using TalentMatch.Application.Alerts.ListMyAlerts;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Matching.GetMyMatches;
using TalentMatch.Domain.Alerts;
using TalentMatch.Web.Infrastructure;
using TalentMatch.Web.Pages.Shared;

namespace TalentMatch.Web.Pages.Candidate;

/// <summary>
/// The candidate's best-matching vacancies, each with what is met and missing and how to close a gap; and the switch
/// for the alert "new vacancies that match my profile".
/// </summary>
public sealed class MatchesModel(ISender sender) : PageModel
{
    public const int Shown = 20;

    private const string Kind = nameof(AlertKind.MatchingVacancies);

    public IReadOnlyList<VacancyMatchDto> Matches { get; private set; } = [];

    public bool HasProfile { get; private set; } = true;

    public AlertSwitch Alert { get; private set; } = new(Kind, null);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAlertOnAsync(string? frequency, CancellationToken cancellationToken)
    {
        if (await sender.TrySendCommandAsync(new CreateAlertCommand(Kind, Frequency: frequency), ModelState,
            cancellationToken, AlertSwitchFields.Map) is not null)
        {
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAlertOffAsync(CancellationToken cancellationToken)
    {
        if ((await sender.Send(new ListMyAlertsQuery(), cancellationToken)).FirstOrDefault(a => a.Kind == Kind) is { } alert)
        {
            await sender.Send(new DeleteAlertCommand(alert.Id), cancellationToken);
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Alert = new AlertSwitch(Kind, (await sender.Send(new ListMyAlertsQuery(), cancellationToken)).FirstOrDefault(a => a.Kind == Kind));
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
