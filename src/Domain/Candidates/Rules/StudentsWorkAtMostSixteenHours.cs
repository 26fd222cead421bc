using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class StudentsWorkAtMostSixteenHours(WorkAuthorisation? authorisation, WeeklyHours? hours) : IBusinessRule
{
    public bool IsBroken() => authorisation == WorkAuthorisation.StudentWithHoursLimit && hours is not null
        && hours.Max > WorkAuthorisations.StudentMaxHoursPerWeek;

    public string Code => "StudentHoursLimit";

    public string Message => "With a student residence permit you may work at most 16 hours a week; lower the maximum hours.";
}
