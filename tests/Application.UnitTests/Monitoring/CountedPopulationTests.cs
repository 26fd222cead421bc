using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Application.UnitTests.Monitoring.Disclosure;

namespace TalentMatch.Application.UnitTests.Monitoring;

public sealed class CountedPopulationTests
{
    private static readonly string[] Sectors = ["education", "healthcare", "construction", "energy_transition"];
    private static readonly string[] Months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
    private static readonly string[] Housing = ["needs", "none"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Protect_TwoTablesOverOnePopulation_NoHiddenCountCanBeWorkedOutFromTheShownOnes(int seed)
    {
        var random = new Random(seed);
        var population = new CountedPopulation();
        foreach (var facts in from s in Sectors from m in Months from h in Housing select new[] { $"sector:{s}", $"month:{m}", $"housing:{h}" })
        {
            population.Possible(facts);
            for (var n = random.Next(3) == 0 ? random.Next(4) : random.Next(12); n > 0; n--)
            {
                population.Add(facts);
            }
        }

        var months = new CrossTab(population, "sector", Sectors, "month", Months);
        var housing = new CrossTab(population, "sector", Sectors, "housing", Housing);

        var published = population.Protect();

        var hidden = published.Select(p => p.IsHidden).ToList();
        hidden.ShouldContain(true);
        ExactAudit.Determined(population.DeclaredCells, population.AtomCount, hidden)
            .ShouldBeEmpty("a total minus shown cells, or any sum across both tables, gives a hidden count");
        MonitorAudit.LinesWithOneHiddenCell(months.ToTable("m", "people", "sector", "month")).ShouldBeEmpty();
        MonitorAudit.LinesWithOneHiddenCell(housing.ToTable("h", "people", "sector", "housing")).ShouldBeEmpty();
    }

    [Fact]
    public void Union_CountsAPersonOnce_WhenTheyAreInSeveralCells()
    {
        var population = new CountedPopulation();
        for (var i = 0; i < 6; i++)
        {
            population.Add(["obstacle:dutch", "obstacle:vog"]);
        }

        var dutch = population.Cell("obstacle:dutch");
        var vog = population.Cell("obstacle:vog");
        var either = population.Union([dutch, vog]);

        (population.Published(dutch).Value, population.Published(vog).Value, population.Published(either).Value)
            .ShouldBe((6m, 6m, 6m));
    }

    [Fact]
    public void Cell_AfterProtecting_IsRefused() =>
        Should.Throw<InvalidOperationException>(() =>
        {
            var population = new CountedPopulation();
            population.Protect();
            population.Cell("sector:healthcare");
        });
}
