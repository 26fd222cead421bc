using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies.Rules;

namespace TalentMatch.Domain.Vacancies;

/// <summary>
/// Gross monthly salary in whole euros, from ≤ to. The bounds keep out typos (an annual salary, a missing zero):
/// an internship allowance starts around €100, and €25,000 a month is far above any vacancy here.
/// </summary>
public sealed record SalaryRange
{
    public const int MinMonthly = 100;
    public const int MaxMonthly = 25_000;

    private SalaryRange(int from, int to)
    {
        From = from;
        To = to;
    }

    public int From { get; }

    public int To { get; }

    public static bool IsValid(int from, int to) => !new SalaryRangeMustBeValid(from, to).IsBroken();

    public static SalaryRange Create(int from, int to)
    {
        var rule = new SalaryRangeMustBeValid(from, to);
        return rule.IsBroken() ? throw new BusinessRuleException(rule) : new SalaryRange(from, to);
    }

    /// <summary>Null when neither is given (a draft); both or neither.</summary>
    public static SalaryRange? CreateOptional(int? from, int? to) =>
        from is null && to is null ? null : Create(from ?? 0, to ?? 0);
}
