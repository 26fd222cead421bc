using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Alerts.ChangeAlert;
using TalentMatch.Application.Alerts.DeleteAlert;
using TalentMatch.Application.Alerts.GetMyAlert;
using TalentMatch.Application.Alerts.ListMyAlerts;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Pages.Alerts;

/// <summary>
/// One's alerts, for candidates and employers alike: what each watches, how often, quiet hours, paused; pause,
/// resume, change and delete. Someone else's alert id is "not found".
/// </summary>
[Authorize(Roles = $"{Roles.Candidate},{Roles.Employer}")]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<AlertDto> Alerts { get; private set; } = [];

    /// <summary>What the last good POST did: "paused", "resumed", "deleted" or "saved".</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Alerts = await sender.Send(new ListMyAlertsQuery(), cancellationToken);

    public Task<IActionResult> OnPostPauseAsync(Guid id, CancellationToken cancellationToken) =>
        SetPausedAsync(id, paused: true, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken cancellationToken) =>
        SetPausedAsync(id, paused: false, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteAlertCommand(id), cancellationToken);
        Done = "deleted";
        return RedirectToPage();
    }

    private async Task<IActionResult> SetPausedAsync(Guid id, bool paused, CancellationToken cancellationToken)
    {
        var alert = await sender.Send(new GetMyAlertQuery(id), cancellationToken);
        await sender.Send(new ChangeAlertCommand(id, alert.Name, alert.Frequency, alert.QuietFrom, alert.QuietUntil, paused),
            cancellationToken);
        Done = paused ? "paused" : "resumed";
        return RedirectToPage();
    }
}
