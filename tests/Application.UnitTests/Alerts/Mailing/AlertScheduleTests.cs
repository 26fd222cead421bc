using TalentMatch.Application.Alerts.Mailing;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.UnitTests.Alerts.Mailing;

public sealed class AlertScheduleTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    [Theory]
    [InlineData("2026-11-26T07:59:00+01:00", AlertFrequency.Daily, "2026-11-25")]
    [InlineData("2026-11-26T08:00:00+01:00", AlertFrequency.Daily, "2026-11-26")]
    [InlineData("2026-11-30T07:59:00+01:00", AlertFrequency.Weekly, "2026-11-23")]
    [InlineData("2026-11-30T08:00:00+01:00", AlertFrequency.Weekly, "2026-11-30")]
    [InlineData("2026-12-06T23:00:00+01:00", AlertFrequency.Weekly, "2026-11-30")]
    [InlineData("2026-07-01T06:30:00+00:00", AlertFrequency.Daily, "2026-07-01")]
    public void Period_IsTheLastDigestDayWhoseTimeHasCome(string now, AlertFrequency frequency, string period) =>
        AlertSchedule.Period(frequency, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Eight)
            .ShouldBe(DateOnly.Parse(period, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void At_ATimeSkippedInSpring_IsAnHourLater_AndATimeTwiceInAutumn_IsTheFirst()
    {
        AmsterdamTime.At(new DateOnly(2027, 3, 28), new TimeOnly(2, 30)).ShouldBe(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero));
        AmsterdamTime.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)).ShouldBe(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero));
        AmsterdamTime.At(new DateOnly(2026, 7, 1), Eight).Offset.ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void EndOf_QuietHoursOverMidnight_IsTheNextMorning()
    {
        var quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));

        AlertSchedule.EndOf(quiet, AmsterdamTime.At(new DateOnly(2026, 11, 25), new TimeOnly(23, 0)))
            .ShouldBe(AmsterdamTime.At(new DateOnly(2026, 11, 26), new TimeOnly(7, 0)));
        AlertSchedule.EndOf(quiet, AmsterdamTime.At(new DateOnly(2026, 11, 26), new TimeOnly(3, 0)))
            .ShouldBe(AmsterdamTime.At(new DateOnly(2026, 11, 26), new TimeOnly(7, 0)));
    }

    [Fact]
    public void ReadyAt_OverlappingQuietHours_IsTheEndOfTheLast_AndQuietAllDayFallsBackToTheDigestTime()
    {
        var day = new DateOnly(2026, 11, 26);
        QuietHours[] chained = [new(new TimeOnly(7, 30), new TimeOnly(9, 0)), new(new TimeOnly(8, 45), new TimeOnly(10, 0))];
        QuietHours[] allDay = [new(new TimeOnly(0, 0), new TimeOnly(12, 0)), new(new TimeOnly(12, 0), new TimeOnly(0, 0))];

        AlertSchedule.ReadyAt(day, Eight, chained).ShouldBe(AmsterdamTime.At(day, new TimeOnly(10, 0)));
        AlertSchedule.ReadyAt(day, Eight, allDay).ShouldBe(AmsterdamTime.At(day, Eight));
        AlertSchedule.ReadyAt(day, Eight, []).ShouldBe(AmsterdamTime.At(day, Eight));
    }
}
