using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

/// <summary>An existing account joins only with the invitation sent to its own address.</summary>
public sealed class InvitationIsForThisAddress(string invitedEmail, string accountEmail) : IBusinessRule
{
    public bool IsBroken() => !string.Equals(invitedEmail.Trim(), accountEmail.Trim(), StringComparison.OrdinalIgnoreCase);

    public string Code => "InvitationForOtherAddress";

    public string Message => "This invitation was sent to another e-mail address. Log in with that address, or ask for a new invitation.";
}
