using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Accounts.RegisterCandidate;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Account;

public sealed class RegisterModel(ISender sender) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var culture = SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var command = new RegisterCandidateCommand(Input.Email.Trim(), Input.Password, Input.DisplayName, culture);
        return await sender.TrySendAsync(command, ModelState, cancellationToken)
            ? RedirectToPage("RegisterConfirmation")
            : Page();
    }
}
