using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>Employers invite only candidates who chose to be found and who match the vacancy.</summary>
public sealed class InviteeMustBeVisibleMatch(bool visible, bool matches) : IBusinessRule
{
    public bool IsBroken() => !visible || !matches;

    public string Code => "CandidateNotInvitable";

    public string Message => "Only a visible candidate who matches this vacancy can be invited.";
}
