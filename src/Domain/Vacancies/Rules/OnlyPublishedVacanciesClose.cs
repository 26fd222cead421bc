using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class OnlyPublishedVacanciesClose(VacancyStatus status) : IBusinessRule
{
    public bool IsBroken() => status != VacancyStatus.Published;

    public string Code => "VacancyNotPublished";

    public string Message => "Only a published vacancy can be closed or marked as filled.";
}
