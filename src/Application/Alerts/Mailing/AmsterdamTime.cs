namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>Local time for alerts (quiet hours, digest time, the daily cap's day): Europe/Amsterdam, with its DST.</summary>
public static class AmsterdamTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    public static TimeOnly Time(DateTimeOffset instant) => TimeOnly.FromDateTime(Local(instant));

    /// <summary>
    /// The instant of a local date and time. A time the clocks skip in spring (02:30) is taken an hour later, as the
    /// clock shows it then; a time that happens twice in autumn is its first occurrence.
    /// </summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // a machine without time-zone data: at most two hours off
        }
    }
}
