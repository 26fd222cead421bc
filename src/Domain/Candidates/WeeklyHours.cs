using TalentMatch.Domain.Candidates.Rules;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates;

/// <summary>The hours a week a candidate wants to work, from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed record WeeklyHours
{
    public const int Lowest = 1;
    public const int Highest = 40;

    private WeeklyHours(int min, int max)
    {
        Min = min;
        Max = max;
    }

    public int Min { get; }

    public int Max { get; }

    public static WeeklyHours Create(int min, int max)
    {
        var rule = new WeeklyHoursMustBeInRange(min, max);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new WeeklyHours(min, max);
    }
}
