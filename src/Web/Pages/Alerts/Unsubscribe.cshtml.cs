using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Alerts.GetUnsubscribeLink;
using TalentMatch.Application.Alerts.Unsubscribe;
using TalentMatch.Application.Common.Exceptions;

namespace TalentMatch.Web.Pages.Alerts;

/// <summary>
/// One-click unsubscribe (RFC 8058), in the language of the e-mail. GET only asks to confirm (mail scanners follow
/// links); POST — the button, or a mail client posting <c>List-Unsubscribe=One-Click</c> — deletes the alerts, without
/// login or antiforgery: the signed token is the permission. Used again: 404 "already unsubscribed"; an altered or
/// cut-short token: 400.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[RenderInCulture]
public sealed class UnsubscribeModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    /// <summary>confirm, done, gone (already unsubscribed) or invalid.</summary>
    public string State { get; private set; } = "invalid";

    public IReadOnlyList<string> AlertNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var link = await sender.Send(new GetUnsubscribeLinkQuery(Token), cancellationToken);
            RenderInCultureAttribute.Use(HttpContext, link.Culture);
            AlertNames = link.AlertNames;
            return Show(link.AlertNames.Count > 0 ? "confirm" : "gone");
        }
        catch (ValidationException)
        {
            return Show("invalid");
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(new UnsubscribeCommand(Token), cancellationToken);
            RenderInCultureAttribute.Use(HttpContext, result.Culture);
            return Show(result.Removed > 0 ? "done" : "gone");
        }
        catch (ValidationException)
        {
            return Show("invalid");
        }
    }

    private IActionResult Show(string state)
    {
        State = state;
        Response.StatusCode = state switch
        {
            "invalid" => StatusCodes.Status400BadRequest,
            "gone" => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
