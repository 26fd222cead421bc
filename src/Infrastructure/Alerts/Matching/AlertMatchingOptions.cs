using TalentMatch.Application.Alerts.Matching;

namespace TalentMatch.Infrastructure.Alerts.Matching;

/// <summary>The "Alerts:Matching" section: the background matching of new items against the alerts.</summary>
public sealed class AlertMatchingOptions
{
    public const string SectionName = "Alerts:Matching";

    /// <summary>Off in tests that drive <see cref="AlertMatcher"/> passes themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest wait between passes; a save with new items wakes it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Triggers handled per pass (a batch of new vacancies is percolated together).</summary>
    public int BatchSize { get; set; } = AlertMatcher.DefaultBatchSize;
}
