using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Vacancies.Rules;

public sealed class PublishedSupportMayNotBeWithdrawn(VacancyStatus status, VacancyDetails before, VacancyDetails after)
    : IBusinessRule
{
    public bool IsBroken() => status == VacancyStatus.Published
        && ((before.VisaSponsorship && !after.VisaSponsorship)
            || (before.RelocationSupport && !after.RelocationSupport)
            || (before.HousingSupport && !after.HousingSupport));

    public string Code => "PublishedSupportWithdrawn";

    public string Message => "Visa sponsorship, relocation or housing support offered in a published vacancy cannot be withdrawn.";
}
