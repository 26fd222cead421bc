using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class ClosedVacanciesAreFinal(VacancyStatus status) : IBusinessRule
{
    public bool IsBroken() => status is VacancyStatus.Closed or VacancyStatus.Filled;

    public string Code => "VacancyFinal";

    public string Message => "This vacancy is closed or filled and can no longer change.";
}
