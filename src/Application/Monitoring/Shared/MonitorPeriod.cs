using System.Globalization;

namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>Whole calendar months (UTC), <see cref="First"/> to <see cref="Last"/> included; at most <see cref="MaxMonths"/>.</summary>
public sealed record MonitorPeriod(DateOnly First, DateOnly Last)
{
    public const int MaxMonths = 24;

    public const string Format = "yyyy-MM";

    public DateTimeOffset Start => new(First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(Last.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public IReadOnlyList<string> Months =>
        [.. Enumerable.Range(0, MonthsBetween(First, Last) + 1).Select(i => Key(First.AddMonths(i)))];

    public static string Key(DateTimeOffset at) => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string Key(DateOnly month) => month.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParseMonth(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    /// <summary>The period asked for; a missing end is last month (the last whole one), a missing start twelve months up to the end.</summary>
    public static MonitorPeriod Resolve(string? from, string? to, DateTimeOffset now)
    {
        var last = TryParseMonth(to, out var end) ? end : new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(-1);
        var first = TryParseMonth(from, out var start) ? start : last.AddMonths(-11);
        return new MonitorPeriod(first, last);
    }

    public static int MonthsBetween(DateOnly first, DateOnly last) =>
        ((last.Year - first.Year) * 12) + last.Month - first.Month;
}
