using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Qualifications.Rules;

public sealed class CertificateCodeMustBeWellFormed(string value) : IBusinessRule
{
    public bool IsBroken() => value.Length is 0 or > CertificateCode.MaxLength
        || !value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public string Code => "CertificateCodeFormat";

    public string Message => "A certificate code has letters, digits and dashes only (at most 30).";
}
