using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates.Rules;

public sealed class SkillsMustNotExceedLimit(int count) : IBusinessRule
{
    public bool IsBroken() => count > Candidate.MaxSkills;

    public string Code => "TooManySkills";

    public string Message => "A profile has at most 100 skills.";
}
