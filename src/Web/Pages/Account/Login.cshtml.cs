using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentMatch.Infrastructure.Identity;

namespace TalentMatch.Web.Pages.Account;

/// <summary>
/// Signs in with the Identity cookie. Sign-in is an HTTP concern (cookies), so this page talks to SignInManager
/// directly, as ASP.NET Core Identity's own UI does, instead of sending a use case (docs/decisions/0003).
/// </summary>
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> texts,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public bool ShowResendLink { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", texts["Enter your e-mail address."]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", texts["Enter your password."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe,
            lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Account/Home");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError(string.Empty,
                texts["Too many failed attempts. This account is locked for 15 minutes. You can reset your password."]);
        }
        else if (result.IsNotAllowed)
        {
            ShowResendLink = true;
            ModelState.AddModelError(string.Empty, texts["Confirm your e-mail address first: follow the link in the e-mail we sent you."]);
        }
        else
        {
            ModelState.AddModelError(string.Empty, texts["The e-mail address or password is not correct."]);
        }

        return Page();
    }
}
