using TalentMatch.Application.Search;

namespace TalentMatch.Application.UnitTests.Search;

public sealed class VersionsTests
{
    [Fact]
    public void Of_UnixEpochPlusOneAndAHalfSeconds_Is1500() =>
        Versions.Of(DateTimeOffset.UnixEpoch.AddMilliseconds(1500)).ShouldBe(1500);

    [Fact]
    public void Of_SameMomentInAnotherOffset_IsTheSame()
    {
        var utc = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

        Versions.Of(utc.ToOffset(TimeSpan.FromHours(1))).ShouldBe(Versions.Of(utc));
    }

    [Fact]
    public void Of_OneMillisecondLater_IsOneMore()
    {
        var moment = new DateTimeOffset(2026, 11, 25, 9, 0, 0, 123, TimeSpan.Zero);

        (Versions.Of(moment.AddMilliseconds(1)) - Versions.Of(moment)).ShouldBe(1);
    }

    [Fact]
    public void Of_FarFutureMoment_IsExactInADouble()
    {
        var version = Versions.Of(new DateTimeOffset(2999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero));

        ((long)(double)version).ShouldBe(version);
    }
}
