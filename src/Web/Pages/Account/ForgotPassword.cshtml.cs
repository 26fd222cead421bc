using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Accounts.RequestPasswordReset;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Account;

public sealed class ForgotPasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Sent = await sender.TrySendAsync(new RequestPasswordResetCommand(Input.Email.Trim()), ModelState, cancellationToken);
        return Page();
    }
}
