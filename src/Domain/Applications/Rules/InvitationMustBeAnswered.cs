using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>While an invitation waits for the candidate, nobody moves it on: the candidate accepts or declines first.</summary>
public sealed class InvitationMustBeAnswered(ApplicationStage stage) : IBusinessRule
{
    public bool IsBroken() => stage == ApplicationStage.Invited;

    public string Code => "InvitationNotAnswered";

    public string Message => "The candidate has not answered the invitation yet.";
}
