using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Placements.Rules;

/// <summary>A reported placement is confirmed or rejected once.</summary>
public sealed class OnlyReportsAwaitConfirmation(PlacementStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PlacementStatus.AwaitingConfirmation;

    public string Code => "PlacementNotAwaitingConfirmation";

    public string Message => "This placement has already been confirmed or rejected.";
}
