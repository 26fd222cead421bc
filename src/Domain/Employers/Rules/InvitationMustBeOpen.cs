using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

/// <summary>Unknown, wrong secret, expired or already used: one answer, so a link reveals nothing more.</summary>
public sealed class InvitationMustBeOpen(EmployerInvitation? invitation, string tokenHash, DateTimeOffset now)
    : IBusinessRule
{
    public bool IsBroken() => invitation is null || !invitation.Matches(tokenHash) || !invitation.IsOpen(now);

    public string Code => "InvitationInvalid";

    public string Message => "This invitation link is not valid, has expired or was already used. Ask your colleague for a new one.";
}
