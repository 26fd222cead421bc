namespace TalentMatch.Domain.Alerts;

/// <summary>
/// Local (Europe/Amsterdam) hours in which no instant alert is sent, e.g. 22:00–07:00; items wait until the end.
/// <see cref="From"/> after <see cref="Until"/> spans midnight.
/// </summary>
public sealed record QuietHours(TimeOnly From, TimeOnly Until)
{
    public bool Contains(TimeOnly time) =>
        From <= Until ? time >= From && time < Until : time >= From || time < Until;
}
