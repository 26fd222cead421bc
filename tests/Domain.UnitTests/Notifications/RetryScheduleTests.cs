using TalentMatch.Domain.Notifications;

namespace TalentMatch.Domain.UnitTests.Notifications;

public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(8, 3600)]
    [InlineData(40, 3600)]
    public void DelayAfter_DoublesUntilTheCap(int attempts, int expectedSeconds) =>
        new RetrySchedule(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 10).DelayAfter(attempts)
            .ShouldBe(TimeSpan.FromSeconds(expectedSeconds));

    [Theory]
    [InlineData(1, null, 30)]
    [InlineData(1, 10, 30)]
    [InlineData(1, 120, 120)]
    [InlineData(3, 90, 120)]
    [InlineData(1, 86400, 3600)]
    [InlineData(1, -5, 30)]
    public void DelayAfter_WithRetryAfter_WaitsTheLongerOfBothUpToTheCap(int attempts, int? retryAfterSeconds,
        int expectedSeconds) =>
        new RetrySchedule(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 10)
            .DelayAfter(attempts, retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null)
            .ShouldBe(TimeSpan.FromSeconds(expectedSeconds));
}
