using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

public sealed class OnlyOwnerManagesMembers(UserId ownerId, UserId actor) : IBusinessRule
{
    public bool IsBroken() => ownerId != actor;

    public string Code => "OnlyOwnerManagesMembers";

    public string Message => "Only the organisation's owner can invite or remove colleagues.";
}
