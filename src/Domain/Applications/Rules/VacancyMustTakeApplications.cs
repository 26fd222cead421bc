using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>Only a published vacancy whose closing date has not passed takes applications and invitations.</summary>
public sealed class VacancyMustTakeApplications(VacancyStatus status, DateOnly? closingDate, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => status != VacancyStatus.Published || (closingDate is { } date && date < today);

    public string Code => "VacancyNotOpenForApplications";

    public string Message => "This vacancy no longer takes applications.";
}
