namespace TalentMatch.Application.Matching;

/// <summary>How far a candidate meets one criterion of a vacancy.</summary>
public enum MatchStatus
{
    Met = 0,
    Partial = 1,
    Missing = 2,
}
