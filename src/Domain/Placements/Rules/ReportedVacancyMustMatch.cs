using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Placements.Rules;

/// <summary>A report is for a vacancy the candidate matched: that is how the platform helped them find it.</summary>
public sealed class ReportedVacancyMustMatch(bool matches) : IBusinessRule
{
    public bool IsBroken() => !matches;

    public string Code => "ReportedVacancyNotMatched";

    public string Message => "This vacancy does not match your profile, so it cannot be reported as found through TalentMatch.";
}
