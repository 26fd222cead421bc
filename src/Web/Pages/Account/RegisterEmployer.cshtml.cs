using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Accounts.RegisterEmployer;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Account;

public sealed class RegisterEmployerModel(ISender sender) : PageModel
{
    [BindProperty]
    public RegisterEmployerInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var culture = SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var command = new RegisterEmployerCommand(Input.Email.Trim(), Input.Password, Input.OrganisationName,
            Input.KvkNumber, culture);
        return await sender.TrySendAsync(command, ModelState, cancellationToken, ruleField: nameof(Input.KvkNumber))
            ? RedirectToPage("RegisterConfirmation")
            : Page();
    }
}
