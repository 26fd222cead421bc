using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Alerts.ChangeAlert;
using TalentMatch.Application.Alerts.GetMyAlert;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Domain.Common;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Alerts;

/// <summary>Changes one's alert (name, how often, quiet hours, paused); errors stay on the form, a good POST redirects.</summary>
[Authorize(Roles = $"{Roles.Candidate},{Roles.Employer}")]
public sealed class EditModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> FieldMap = new()
    {
        ["name"] = "Name", ["frequency"] = "Frequency", ["quietFrom"] = "QuietFrom", ["quietUntil"] = "QuietUntil",
    };

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public AlertInput Input { get; set; } = new();

    public AlertDto Alert { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Alert = await sender.Send(new GetMyAlertQuery(Id), cancellationToken);
        Input = new AlertInput
        {
            Name = Alert.Name, Frequency = Alert.Frequency, QuietFrom = Alert.QuietFrom, QuietUntil = Alert.QuietUntil,
            Paused = Alert.Paused,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new ChangeAlertCommand(Id, Input.Name, Input.Frequency, Input.QuietFrom, Input.QuietUntil, Input.Paused);
        if (ModelState.IsValid && await sender.TrySendCommandAsync(command, ModelState, cancellationToken, FieldMap) is not null)
        {
            TempData["Done"] = "saved";
            return RedirectToPage("/Alerts/Index");
        }

        Alert = await sender.Send(new GetMyAlertQuery(Id), cancellationToken);
        return Page();
    }
}
