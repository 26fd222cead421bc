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
}
