using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers.Rules;

public sealed class KvkNumberMustBeUnique(bool alreadyRegistered) : IBusinessRule
{
    public bool IsBroken() => alreadyRegistered;

    public string Code => "KvkNumberTaken";

    public string Message =>
        "An organisation with this KvK number is already registered. Ask a colleague there to invite you.";
}
