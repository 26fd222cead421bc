using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Accounts.ResetPassword;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Account;

public sealed class ResetPasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? string.Empty;
        Input.Code = code ?? string.Empty;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new ResetPasswordCommand(Input.Email.Trim(), Input.Code, Input.NewPassword);
        Done = await sender.TrySendAsync(command, ModelState, cancellationToken,
            fieldMap: new Dictionary<string, string> { ["Code"] = string.Empty });
        return Page();
    }
}
