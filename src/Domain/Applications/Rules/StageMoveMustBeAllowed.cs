using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications.Rules;

/// <summary>Stages move forward (steps may be skipped) or to "not selected"; see <see cref="ApplicationStages.IsAllowedMove"/>.</summary>
public sealed class StageMoveMustBeAllowed(ApplicationStage from, ApplicationStage to) : IBusinessRule
{
    public bool IsBroken() => to == ApplicationStage.Hired || !ApplicationStages.IsAllowedMove(from, to);

    public string Code => "StageMoveNotAllowed";

    public string Message => "An application moves forward, or to \"not selected\"; it cannot go back or stay where it is.";
}
