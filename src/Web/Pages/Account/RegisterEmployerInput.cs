namespace TalentMatch.Web.Pages.Account;

public sealed class RegisterEmployerInput
{
    public string OrganisationName { get; set; } = string.Empty;

    public string KvkNumber { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
