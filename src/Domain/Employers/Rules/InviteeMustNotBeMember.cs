using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

public sealed class InviteeMustNotBeMember(bool alreadyMember) : IBusinessRule
{
    public bool IsBroken() => alreadyMember;

    public string Code => "AlreadyMember";

    public string Message => "This colleague is already a member of your organisation.";
}
