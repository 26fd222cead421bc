using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Application.UnitTests.Taxonomy;

namespace TalentMatch.Application.UnitTests.Monitoring;

public sealed class GetMonitorHandlerTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = new(2026, 4, 14, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Placements_BySectorAndMonth_CountOnlyConsentingPeople()
    {
        using var w = await MonitorWorld.CreateAsync();
        await PlaceMixedAsync(w, 7, Sector.Healthcare, March);
        await w.PlaceAsync(2, Sector.Healthcare, March, consents: false);
        await PlaceMixedAsync(w, 6, Sector.Healthcare, April);
        await PlaceMixedAsync(w, 9, Sector.Construction, March);
        await PlaceMixedAsync(w, 8, Sector.Construction, April);
        await w.PlaceAsync(6, Sector.Construction, new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero)); // after the period

        var table = (await w.ReportAsync()).Find(MonitorTables.PlacementsBySectorMonth)!;

        table.Columns.ShouldBe(["2026-03", "2026-04", "total"]);
        table.Rows.Select(r => r.Key).ShouldBe(["education", "healthcare", "construction", "energy_transition", "total"]);
        Values(table, "healthcare").ShouldBe([7, 6, 13]);
        Values(table, "construction").ShouldBe([9, 8, 17]);
        Values(table, "total").ShouldBe([16, 14, 30]);
        table.Cell("education", "2026-03").ShouldBe(MonitorCell.Hidden, "zero is fewer than five");
        Values((await w.ReportAsync()).Find(MonitorTables.PlacedHousingNeed)!, "construction").ShouldBe([9, 8, 17]);
    }

    [Fact]
    public async Task Placements_ASmallCell_IsHiddenAndNoLineGivesItAway()
    {
        using var w = await MonitorWorld.CreateAsync();
        await w.PlaceAsync(7, Sector.Healthcare, March);
        await w.PlaceAsync(6, Sector.Healthcare, April);
        await w.PlaceAsync(3, Sector.Construction, March);
        await w.PlaceAsync(12, Sector.Construction, April);
        await w.PlaceAsync(11, Sector.Education, March);
        await w.PlaceAsync(10, Sector.Education, April);

        var report = await w.ReportAsync();

        var table = report.Find(MonitorTables.PlacementsBySectorMonth)!;
        table.Cell("construction", "2026-03").ShouldBe(MonitorCell.Hidden);
        MonitorAudit.LinesWithOneHiddenCell(table).ShouldBeEmpty();
        MonitorAudit.LinesWithOneHiddenCell(report.Find(MonitorTables.PlacedHousingNeed)!).ShouldBeEmpty();
        report.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .ShouldAllBe(c => c.Suppressed ? c.Value == null : c.Value != null);
    }

    [Fact]
    public async Task HousingAndMedianDays_PerSector_MedianOnlyForFiveOrMore()
    {
        using var w = await MonitorWorld.CreateAsync();
        await w.PlaceAsync(5, Sector.Healthcare, March, housing: HousingNeed.NeedsHousing, arranged: true, registeredDaysBefore: 20);
        await w.PlaceAsync(2, Sector.Healthcare, April, housing: HousingNeed.NeedsHousing, registeredDaysBefore: 100);
        await w.PlaceAsync(6, Sector.Healthcare, April, registeredDaysBefore: 40);
        await w.PlaceAsync(4, Sector.Construction, April, registeredDaysBefore: 10);

        var report = await w.ReportAsync();

        Values(report.Find(MonitorTables.DaysToPlacement)!, "healthcare").ShouldBe([40], "median of 20 ×5, 40 ×6, 100 ×2");
        report.Find(MonitorTables.DaysToPlacement)!.Cell("construction", "median-days").ShouldBe(MonitorCell.Hidden);
        Values(report.Find(MonitorTables.PlacedHousingNeed)!, "healthcare").ShouldBe([7, 6, 13]);
        report.Find(MonitorTables.PlacedHousingArranged)!.Cell("healthcare", "housing-arranged").Value.ShouldBe(5);
    }

    [Fact]
    public async Task CandidatesByGroupAndSector_RegisteredInThePeriodAndConsenting()
    {
        using var w = await MonitorWorld.CreateAsync();
        for (var i = 0; i < 6; i++)
        {
            await w.CandidateAsync(TaxonomyExamples.Nurse.Uri, March, group: CandidateGroup.RefugeeStatusHolder);
            await w.CandidateAsync(TaxonomyExamples.Welder.Uri, April, group: CandidateGroup.RefugeeStatusHolder,
                housing: HousingNeed.NeedsHousing);
        }

        await w.CandidateAsync(TaxonomyExamples.Nurse.Uri, March, consents: false, group: CandidateGroup.RefugeeStatusHolder);
        await w.CandidateAsync(TaxonomyExamples.Nurse.Uri, w.Now, group: CandidateGroup.RefugeeStatusHolder);

        var report = await w.ReportAsync();

        var groups = report.Find(MonitorTables.CandidatesByGroupSector)!;
        groups.Cell("RefugeeStatusHolder", "healthcare").Value.ShouldBe(6);
        groups.Cell("RefugeeStatusHolder", "other").Value.ShouldBe(6, "ESCO puts welders in no sector");
        groups.Cell("total", "total").Value.ShouldBe(12);
        var housing = report.Find(MonitorTables.CandidateHousingNeed)!;
        housing.Cell("other", "no-housing-need").ShouldBe(MonitorCell.Hidden, "no welder here lacks a place to live: 0");
        MonitorAudit.LinesWithOneHiddenCell(housing).ShouldBeEmpty();
    }

    [Fact]
    public async Task Funnel_PeopleReachingEachStage_EachPersonOnceAtTheirFurthest()
    {
        using var w = await MonitorWorld.CreateAsync();
        var first = w.Post(Sector.Healthcare, March.AddDays(-2));
        var second = w.Post(Sector.Healthcare, March.AddDays(-1));
        var stages = new[] { ApplicationStage.Applied, ApplicationStage.Screening, ApplicationStage.Interview, ApplicationStage.Offer, ApplicationStage.Hired };
        foreach (var stage in stages)
        {
            for (var i = 0; i < 6; i++)
            {
                var person = await w.CandidateAsync(TaxonomyExamples.Nurse.Uri, March.AddDays(-30));
                await w.ApplyAsync(person, first, March, stage);
                if (i == 0)
                {
                    await w.ApplyAsync(person, second, March, ApplicationStage.Applied);
                }
            }
        }

        var report = await w.ReportAsync();

        Values(report.Find(MonitorTables.Funnel)!, "healthcare").ShouldBe([30, 24, 18, 12, 6]);
        Values(report.Find(MonitorTables.FunnelConversion)!, "healthcare").ShouldBe([80.0m, 75.0m, 66.7m, 50.0m]);
    }

    [Fact]
    public async Task ShortageAndObstacles_OpenVacanciesAgainstVisibleConsentingMatches()
    {
        using var w = await MonitorWorld.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            w.Post(Sector.Construction, w.Now.AddDays(-3));
        }

        for (var i = 0; i < 6; i++)
        {
            await w.CandidateAsync(TaxonomyExamples.Welder.Uri, w.Now.AddDays(-50), visible: true, dutch: CefrLevel.A2);
        }

        await w.CandidateAsync(TaxonomyExamples.Welder.Uri, w.Now.AddDays(-50), visible: false, dutch: CefrLevel.A2);
        await w.CandidateAsync(TaxonomyExamples.Welder.Uri, w.Now.AddDays(-50), consents: false, visible: true);

        var report = await w.ReportAsync();

        var shortage = report.Find(MonitorTables.ShortagePressure)!;
        shortage.Rows.Select(r => r.Key).ShouldBe(["construction|72", "total"]);
        Values(shortage, "construction|72").ShouldBe([5, 6, 1.2m]);
        var obstacles = report.Find(MonitorTables.Obstacles)!;
        obstacles.Cell("dutch", "construction").Value.ShouldBe(6);
        obstacles.Rows[0].Key.ShouldBe("dutch", "the most frequent first");
    }

    [Fact]
    public async Task SectorFilter_LeavesOutOtherSectors_SameFigures()
    {
        using var w = await MonitorWorld.CreateAsync();
        await w.PlaceAsync(7, Sector.Healthcare, March);
        await w.PlaceAsync(3, Sector.Construction, March);
        await w.PlaceAsync(9, Sector.Construction, April);

        var all = await w.ReportAsync();
        var healthcare = await w.ReportAsync(sector: "healthcare");

        var table = healthcare.Find(MonitorTables.PlacementsBySectorMonth)!;
        table.Rows.ShouldHaveSingleItem().Key.ShouldBe("healthcare");
        Values(table, "healthcare").ShouldBe(Values(all.Find(MonitorTables.PlacementsBySectorMonth)!, "healthcare"));
        healthcare.Find(MonitorTables.CandidatesByGroupSector)!.Columns.ShouldBe(["healthcare"]);
        healthcare.Sector.ShouldBe("healthcare");
    }

    /// <summary>About half need housing and have it arranged, so no housing count is small or zero.</summary>
    private static async Task PlaceMixedAsync(MonitorWorld w, int count, Sector sector, DateTimeOffset at)
    {
        await w.PlaceAsync((count + 1) / 2, sector, at, housing: HousingNeed.NeedsHousing, arranged: true);
        await w.PlaceAsync(count / 2, sector, at);
    }

    private static IReadOnlyList<decimal?> Values(MonitorTable table, string row) =>
        [.. table.Rows.Single(r => r.Key == row).Cells.Select(c => c.Value)];
}
