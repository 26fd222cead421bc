using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers.Rules;

namespace TalentMatch.Domain.Employers;

/// <summary>A Dutch Chamber of Commerce (Kamer van Koophandel) registration number: exactly 8 digits.</summary>
public sealed record KvkNumber
{
    public const int Length = 8;

    private KvkNumber(string value) => Value = value;

    public string Value { get; }

    public static KvkNumber Create(string? value)
    {
        var normalised = Normalise(value);
        var rule = new KvkNumberMustHaveEightDigits(normalised);
        if (rule.IsBroken())
        {
            throw new BusinessRuleException(rule);
        }

        return new KvkNumber(normalised);
    }

    /// <summary>People type "1234 5678" or "12.34.56.78"; spaces and dots are not part of the number.</summary>
    public static string Normalise(string? value) =>
        new((value ?? string.Empty).Where(c => c is not (' ' or '.' or '-')).ToArray());

    public static bool IsValid(string? value) => !new KvkNumberMustHaveEightDigits(Normalise(value)).IsBroken();

    public override string ToString() => Value;
}
