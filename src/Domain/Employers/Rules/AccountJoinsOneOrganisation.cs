using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

public sealed class AccountJoinsOneOrganisation(bool memberElsewhere) : IBusinessRule
{
    public bool IsBroken() => memberElsewhere;

    public string Code => "AccountInOtherOrganisation";

    public string Message => "This account already belongs to an organisation. Use another e-mail address to join.";
}
