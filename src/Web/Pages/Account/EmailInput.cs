namespace TalentMatch.Web.Pages.Account;

public sealed class EmailInput
{
    public string Email { get; set; } = string.Empty;
}
