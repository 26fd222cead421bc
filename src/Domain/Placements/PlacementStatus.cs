namespace TalentMatch.Domain.Placements;

/// <summary>Only confirmed placements count. A hire is confirmed at once; a candidate's report waits for the employer.</summary>
public enum PlacementStatus
{
    AwaitingConfirmation = 0,
    Confirmed = 1,
    Rejected = 2,
}
