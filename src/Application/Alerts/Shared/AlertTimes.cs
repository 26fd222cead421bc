using System.Globalization;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Shared;

/// <summary>Quiet hours as people type them: local times "hh:mm" (24 hours), both or neither.</summary>
public static class AlertTimes
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "HH:mm:ss"];

    public static bool TryParse(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool IsValid(string? value) => TryParse(value, out _);

    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>Null when both are blank; call only with input the validator accepted.</summary>
    public static QuietHours? QuietHours(string? from, string? until) =>
        IsBlank(from) && IsBlank(until) ? null
        : TryParse(from, out var start) && TryParse(until, out var end) ? new QuietHours(start, end)
        : throw new ArgumentException("Quiet hours were not validated.");

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
