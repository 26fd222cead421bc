using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class WeeklyHoursMustBeInRange(int min, int max) : IBusinessRule
{
    public bool IsBroken() => min < WeeklyHours.Lowest || max > WeeklyHours.Highest || min > max;

    public string Code => "WeeklyHoursRange";

    public string Message => "Hours per week are whole numbers from 1 to 40, the minimum at most the maximum.";
}
