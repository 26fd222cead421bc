using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class OnlyDraftsArePublished(VacancyStatus status) : IBusinessRule
{
    public bool IsBroken() => status != VacancyStatus.Draft;

    public string Code => "VacancyNotDraft";

    public string Message => "Only a draft can be published; this vacancy is already published.";
}
