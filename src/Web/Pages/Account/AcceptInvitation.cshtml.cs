using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Employers.AcceptInvitation;
using TalentMatch.Application.Employers.GetInvitation;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Account;

/// <summary>
/// The link in an invitation e-mail. Signed out: choose a password for a new employer account with the invited
/// address (or log in first when it already has one). Signed in with that address: join with one click.
/// </summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public Guid InvitationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public AcceptInvitationInput Input { get; set; } = new();

    public InvitationDto Invitation { get; private set; } = null!;

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public string ReturnUrl => $"/Account/AcceptInvitation?id={InvitationId}&token={Uri.EscapeDataString(Token)}";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Invitation = await sender.Send(new GetInvitationQuery(InvitationId, Token), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var culture = SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var command = new AcceptInvitationCommand(InvitationId, Token, SignedIn ? null : Input.Password, culture);
        if (await sender.TrySendAsync(command, ModelState, cancellationToken,
                new Dictionary<string, string> { ["InvitationId"] = string.Empty, ["Token"] = string.Empty }))
        {
            return SignedIn ? Redirect("/Employer") : Redirect("/Account/Login?returnUrl=%2FEmployer");
        }

        Invitation = await sender.Send(new GetInvitationQuery(InvitationId, Token), cancellationToken);
        return Page();
    }
}
