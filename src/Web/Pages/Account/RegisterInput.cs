namespace TalentMatch.Web.Pages.Account;

public sealed class RegisterInput
{
    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
