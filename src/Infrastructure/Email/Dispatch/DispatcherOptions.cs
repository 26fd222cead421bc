using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>The "Email:Dispatcher" section: how often and how much the outbox is sent, and the retry schedule.</summary>
public sealed class DispatcherOptions
{
    /// <summary>Off in tests that drive <see cref="OutboxProcessor"/> themselves.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most messages one pass claims; a full pass is followed at once by another.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed message is reserved; must exceed the slowest send (SMTP/SendGrid timeouts).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan RetryFirstDelay { get; set; } = RetrySchedule.Default.FirstDelay;

    public TimeSpan RetryMaxDelay { get; set; } = RetrySchedule.Default.MaxDelay;

    public int MaxAttempts { get; set; } = RetrySchedule.Default.MaxAttempts;

    public RetrySchedule RetrySchedule => new(RetryFirstDelay, RetryMaxDelay, MaxAttempts);
}
