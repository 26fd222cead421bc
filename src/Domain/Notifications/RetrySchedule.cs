namespace TalentMatch.Domain.Notifications;

/// <summary>Exponential backoff: 1st retry after <see cref="FirstDelay"/>, doubling, capped at <see cref="MaxDelay"/>.</summary>
public sealed record RetrySchedule(TimeSpan FirstDelay, TimeSpan MaxDelay, int MaxAttempts)
{
    public static RetrySchedule Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 8);

    public TimeSpan DelayAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = FirstDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// The backoff, or longer when the provider asked to wait longer (HTTP Retry-After); what it asks is capped at
    /// <see cref="MaxDelay"/>, so a wrong header cannot park a message for days.
    /// </summary>
    public TimeSpan DelayAfter(int attempts, TimeSpan? retryAfter)
    {
        var backoff = DelayAfter(attempts);
        if (retryAfter is not { } asked || asked <= backoff)
        {
            return backoff;
        }

        return asked >= MaxDelay ? MaxDelay : asked;
    }
}
