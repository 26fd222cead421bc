using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class SalaryRangeMustBeValid(int from, int to) : IBusinessRule
{
    public bool IsBroken() => from < SalaryRange.MinMonthly || to > SalaryRange.MaxMonthly || from > to;

    public string Code => "SalaryRangeInvalid";

    public string Message => "The salary runs from €100 to €25,000 gross a month, and from is not more than to.";
}
