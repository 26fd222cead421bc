using TalentMatch.Application.Monitoring.Disclosure;

namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>
/// One published figure: the value, or null with <see cref="Suppressed"/> true when it is "&lt; 5" or hidden so that
/// a small count cannot be worked out from the others (the reason is not told: that would narrow it down).
/// </summary>
public sealed record MonitorCell(decimal? Value, bool Suppressed)
{
    public static MonitorCell Hidden { get; } = new(null, true);

    public static MonitorCell Of(PublishedCount count) => count.IsHidden ? Hidden : new(count.Value, false);

    public static MonitorCell Of(decimal value) => new(value, false);
}
