namespace TalentMatch.Application.Alerts.Matching;

/// <summary>What one matching pass did: triggers handled and new (subscription, item) pairs recorded.</summary>
public sealed record AlertMatchPassResult(int Triggers, int Recorded)
{
    public static AlertMatchPassResult Nothing { get; } = new(0, 0);
}
