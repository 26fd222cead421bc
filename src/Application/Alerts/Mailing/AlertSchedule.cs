using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>When alert mail may go: outside quiet hours, and digests once a period from the digest time on.</summary>
public static class AlertSchedule
{
    public static bool IsQuiet(QuietHours? quiet, DateTimeOffset now) =>
        quiet is not null && quiet.Contains(AmsterdamTime.Time(now));

    /// <summary>
    /// The local date of the digest period <paramref name="now"/> is in: the last day (daily) or Monday (weekly)
    /// whose digest time has come.
    /// </summary>
    public static DateOnly Period(AlertFrequency frequency, DateTimeOffset now, TimeOnly digestTime)
    {
        var day = AmsterdamTime.Day(now);
        if (AmsterdamTime.At(day, digestTime) > now)
        {
            day = day.AddDays(-1);
        }

        return frequency == AlertFrequency.Weekly ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;
    }

    public static DateTimeOffset Start(DateOnly period, TimeOnly digestTime) => AmsterdamTime.At(period, digestTime);

    /// <summary>
    /// The first moment from the period's digest time on that is outside the quiet hours of every alert in the digest.
    /// Quiet hours that together cover the whole day cannot hold it back: then it goes at the digest time.
    /// </summary>
    public static DateTimeOffset ReadyAt(DateOnly period, TimeOnly digestTime, IReadOnlyCollection<QuietHours> quiet)
    {
        var start = Start(period, digestTime);
        var at = start;
        for (var step = 0; step <= (quiet.Count * 2) + 1; step++)
        {
            if (quiet.FirstOrDefault(q => q.Contains(AmsterdamTime.Time(at))) is not { } blocking)
            {
                return at;
            }

            at = EndOf(blocking, at);
            if (at - start >= TimeSpan.FromDays(1))
            {
                break;
            }
        }

        return start;
    }

    /// <summary>When the quiet hours that contain <paramref name="instant"/> end.</summary>
    public static DateTimeOffset EndOf(QuietHours quiet, DateTimeOffset instant)
    {
        var day = AmsterdamTime.Day(instant);
        var end = AmsterdamTime.At(day, quiet.Until);
        return end > instant ? end : AmsterdamTime.At(day.AddDays(1), quiet.Until);
    }
}
