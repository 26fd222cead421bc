using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Qualifications.Rules;

public sealed class CertificateCodeMustBeUnique(bool taken) : IBusinessRule
{
    public bool IsBroken() => taken;

    public string Code => "CertificateCodeTaken";

    public string Message => "A certificate with this code is already in the list.";
}
