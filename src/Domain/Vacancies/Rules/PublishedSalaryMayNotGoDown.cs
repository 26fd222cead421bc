using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class PublishedSalaryMayNotGoDown(VacancyStatus status, SalaryRange? before, SalaryRange? after)
    : IBusinessRule
{
    public bool IsBroken() => status == VacancyStatus.Published && before is not null
        && (after is null || after.From < before.From || after.To < before.To);

    public string Code => "PublishedSalaryLowered";

    public string Message => "The salary of a published vacancy can go up, not down.";
}
