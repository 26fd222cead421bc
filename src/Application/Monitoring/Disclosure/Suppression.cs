namespace TalentMatch.Application.Monitoring.Disclosure;

/// <summary>Why a published count is hidden, if it is.</summary>
public enum Suppression
{
    /// <summary>Shown as it is (5 people or more, and no small count can be worked out from it).</summary>
    None = 0,

    /// <summary>Fewer than 5 people (0 included): shown as "&lt; 5".</summary>
    BelowThreshold = 1,

    /// <summary>5 or more, hidden so that a small count elsewhere cannot be worked out by subtracting.</summary>
    Complementary = 2,
}
