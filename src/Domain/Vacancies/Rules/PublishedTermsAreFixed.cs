using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

/// <summary>
/// Once published, candidates apply and are matched on the job itself: only the description, salary (not down),
/// support (not withdrawn), start date and closing date may change. See <see cref="Vacancy.FixedWhenPublished"/>.
/// </summary>
public sealed class PublishedTermsAreFixed(VacancyStatus status, IReadOnlyCollection<string> changedFixedFields)
    : IBusinessRule
{
    public bool IsBroken() => status == VacancyStatus.Published && changedFixedFields.Count > 0;

    public string Code => "PublishedTermsFixed";

    public string Message => "A published vacancy keeps its job, requirements, hours, contract and location. "
        + "You can still change the description, raise the salary, add support and move the start and closing dates. "
        + "For a different job, close this vacancy and post a new one.";
}
