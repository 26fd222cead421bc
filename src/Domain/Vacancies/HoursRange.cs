using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies.Rules;

namespace TalentMatch.Domain.Vacancies;

/// <summary>Hours per week, min ≤ max. At most 48: the Dutch Working Hours Act's average weekly maximum.</summary>
public sealed record HoursRange
{
    public const int MinHours = 1;
    public const int MaxHours = 48;

    private HoursRange(int min, int max)
    {
        Min = min;
        Max = max;
    }

    public int Min { get; }

    public int Max { get; }

    public static bool IsValid(int min, int max) => !new HoursRangeMustBeValid(min, max).IsBroken();

    public static HoursRange Create(int min, int max)
    {
        var rule = new HoursRangeMustBeValid(min, max);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new HoursRange(min, max);
    }

    public static HoursRange? CreateOptional(int? min, int? max) =>
        min is null && max is null ? null : Create(min ?? 0, max ?? 0);
}
