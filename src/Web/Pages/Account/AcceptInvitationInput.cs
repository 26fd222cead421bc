namespace TalentMatch.Web.Pages.Account;

public sealed class AcceptInvitationInput
{
    public string Password { get; set; } = string.Empty;
}
