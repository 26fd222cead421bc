using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class DesiredOccupationsMustBeOneToFive(int count) : IBusinessRule
{
    public bool IsBroken() => count is < 1 or > Candidate.MaxDesiredOccupations;

    public string Code => "DesiredOccupationsCount";

    public string Message => "Choose 1 to 5 occupations you want to work in.";
}
