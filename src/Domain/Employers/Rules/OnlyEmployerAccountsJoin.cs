using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

public sealed class OnlyEmployerAccountsJoin(bool isEmployerAccount) : IBusinessRule
{
    public bool IsBroken() => !isEmployerAccount;

    public string Code => "InvitationNeedsEmployerAccount";

    public string Message => "Only an employer account can join an organisation. Log out, then open the link again to create one.";
}
