using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications.Rules;

namespace TalentMatch.Domain.Qualifications;

/// <summary>The code of a certificate or licence (VCA-BASIS, NEN3140, F-GASSEN, VOG, BIG, ...), upper case.</summary>
public sealed record CertificateCode
{
    public const int MaxLength = 30;

    private CertificateCode(string value) => Value = value;

    public string Value { get; }

    public static CertificateCode Create(string? value)
    {
        var normalised = (value ?? string.Empty).Trim().ToUpperInvariant();
        var rule = new CertificateCodeMustBeWellFormed(normalised);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new CertificateCode(normalised);
    }

    public override string ToString() => Value;
}
