using TalentMatch.Domain.Common;
using TalentMatch.Domain.Taxonomy.Rules;

namespace TalentMatch.Domain.Taxonomy;

/// <summary>
/// An ISCO-08 group code: 1 digit for a major group down to 4 digits for a unit group. Each longer code lies within
/// the group of its prefix (7 ⊃ 72 ⊃ 721 ⊃ 7212); ESCO places every occupation in one unit group.
/// </summary>
public readonly record struct IscoCode
{
    public const int UnitGroupLength = 4;

    private IscoCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>1 (major group) to 4 (unit group).</summary>
    public int Level => Value.Length;

    public bool IsUnitGroup => Level == UnitGroupLength;

    /// <summary>The enclosing group, or null for a major group.</summary>
    public IscoCode? Parent => Level > 1 ? new IscoCode(Value[..^1]) : null;

    public static IscoCode Create(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        var rule = new IscoCodeMustHaveOneToFourDigits(trimmed);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new IscoCode(trimmed);
    }

    public static bool TryCreate(string? value, out IscoCode code)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        code = new IscoCodeMustHaveOneToFourDigits(trimmed).IsBroken() ? default : new IscoCode(trimmed);
        return code.Value is not null;
    }

    /// <summary>True for the group itself and every group nested in it.</summary>
    public bool IsWithin(IscoCode group) => Value.StartsWith(group.Value, StringComparison.Ordinal);

    public override string ToString() => Value;
}
