using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Alerts.Rules;

/// <summary>Candidates are matched to published vacancies only, so only those can have a candidate alert.</summary>
public sealed class AlertsOnlyForPublishedVacancies(bool published) : IBusinessRule
{
    public bool IsBroken() => !published;

    public string Code => "AlertVacancyNotPublished";

    public string Message => "Only a published vacancy can have an alert for matching candidates. Publish it first.";
}
