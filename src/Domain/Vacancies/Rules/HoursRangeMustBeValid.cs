using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class HoursRangeMustBeValid(int min, int max) : IBusinessRule
{
    public bool IsBroken() => min < HoursRange.MinHours || max > HoursRange.MaxHours || min > max;

    public string Code => "HoursRangeInvalid";

    public string Message => "Hours per week run from 1 to 48, and the minimum is not more than the maximum.";
}
