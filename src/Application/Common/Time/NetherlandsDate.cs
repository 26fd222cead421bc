namespace TalentMatch.Application.Common.Time;

/// <summary>Dates people see (closing dates, start dates) are Dutch calendar dates.</summary>
public static class NetherlandsDate
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time-zone data: UTC is at most two hours off.
            return TimeZoneInfo.Utc;
        }
    }
}
