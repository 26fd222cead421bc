namespace TalentMatch.Web.Pages.Account;

public sealed class ResetPasswordInput
{
    public string Email { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;
}
