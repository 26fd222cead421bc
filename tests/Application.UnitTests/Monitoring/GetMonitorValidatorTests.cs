using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Monitoring.GetMonitor;
using TalentMatch.Application.Monitoring.GetOpenPlacements;

namespace TalentMatch.Application.UnitTests.Monitoring;

public sealed class GetMonitorValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("2026-01", "2026-10", "healthcare")]
    [InlineData("2024-12", "2026-11", "energy_transition")]
    [InlineData("2025-01", null, null)]
    public void Validate_GoodFilters_Pass(string? from, string? to, string? sector) =>
        new GetMonitorValidator(Clock).Validate(new GetMonitorQuery(from, to, sector)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("2026-13", null, null, "from")]
    [InlineData("march", null, null, "from")]
    [InlineData(null, "2026-1", null, "to")]
    [InlineData("2026-05", "2026-04", null, "to")]
    [InlineData("2024-11", "2026-11", null, "to")]
    [InlineData("2020-01", null, null, "to")]
    [InlineData(null, null, "mining", "sector")]
    public void Validate_BadFilters_NameTheField(string? from, string? to, string? sector, string field)
    {
        var result = new GetMonitorValidator(Clock).Validate(new GetMonitorQuery(from, to, sector));

        result.Errors.Select(e => e.PropertyName).ShouldBe([field]);
        new GetOpenPlacementsValidator(Clock).Validate(new GetOpenPlacementsQuery(from, to, sector))
            .Errors.Select(e => e.PropertyName).ShouldBe([field]);
    }
}
