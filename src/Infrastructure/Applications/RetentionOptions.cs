namespace TalentMatch.Infrastructure.Applications;

/// <summary>The "Applications:Retention" section: whether and how often the retention job looks for expired data.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Applications:Retention";

    public bool Enabled { get; set; } = true;

    /// <summary>Time between passes. Deletion is due at a moment (four weeks after close), so an hour late is fine.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
