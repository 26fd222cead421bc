using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.Placements.Rules;

/// <summary>A job found through TalentMatch was published here (it may have closed since).</summary>
public sealed class ReportedVacancyMustHaveBeenPublished(VacancyStatus status) : IBusinessRule
{
    public bool IsBroken() => status == VacancyStatus.Draft;

    public string Code => "ReportedVacancyNotPublished";

    public string Message => "Only a vacancy that was published on TalentMatch can be reported.";
}
