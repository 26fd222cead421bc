using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications.Rules;

namespace TalentMatch.Domain.Qualifications;

/// <summary>An ISO 639-1 language code, lower case ("nl", "en", "pl", "ar", "uk", ...).</summary>
public sealed record LanguageCode
{
    public const int Length = 2;

    private LanguageCode(string value) => Value = value;

    public static LanguageCode Dutch { get; } = new("nl");

    public static LanguageCode English { get; } = new("en");

    public string Value { get; }

    public static LanguageCode Create(string? value)
    {
        var normalised = (value ?? string.Empty).Trim().ToLowerInvariant();
        var rule = new LanguageCodeMustBeIso6391(normalised);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new LanguageCode(normalised);
    }

    public static bool IsValid(string? value) =>
        !new LanguageCodeMustBeIso6391((value ?? string.Empty).Trim().ToLowerInvariant()).IsBroken();

    public override string ToString() => Value;
}
