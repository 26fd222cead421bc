namespace TalentMatch.Web.Pages.Employer;

public sealed class InviteInput
{
    public string Email { get; set; } = string.Empty;
}
