using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>Only an invitation the candidate has not answered yet can be accepted or declined.</summary>
public sealed class InvitationMustBePending(ApplicationStage stage) : IBusinessRule
{
    public bool IsBroken() => stage != ApplicationStage.Invited;

    public string Code => "InvitationNotPending";

    public string Message => "This invitation has already been answered.";
}
