using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Monitoring.GetMonitor;

/// <summary>
/// Candidates who registered in the period and consent to statistics, by group and by the sector of the work they
/// want (the first desired occupation in a shortage sector; else "other"), and their housing need. One population.
/// </summary>
public static class CandidateFigures
{
    public static IReadOnlyList<string> Groups { get; } =
        [.. Enum.GetNames<CandidateGroup>(), MonitorKeys.Unknown];

    private static readonly string[] Housing = ["needs-housing", "no-housing-need"];

    public static async Task<IReadOnlyList<MonitorTable>> BuildAsync(IApplicationDbContext db, ITaxonomy taxonomy,
        MonitorPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.ConsentsToStatistics && c.RegisteredAt >= start && c.RegisteredAt < end)
            .Select(c => new { c.Group, c.HousingNeed, c.DesiredOccupations })
            .ToListAsync(cancellationToken);
        var population = new CountedPopulation();
        foreach (var possible in from g in Groups from s in MonitorKeys.SectorsAndOther from h in Housing
                 select new[] { $"group:{g}", $"sector:{s}", $"housing:{h}" })
        {
            population.Possible(possible);
        }

        foreach (var candidate in candidates)
        {
            var sector = candidate.DesiredOccupations.Select(taxonomy.FindOccupation)
                .FirstOrDefault(o => o?.Sector is not null)?.Sector;
            population.Add([$"group:{candidate.Group?.ToString() ?? MonitorKeys.Unknown}",
                $"sector:{MonitorKeys.SectorOf(sector)}",
                $"housing:{(candidate.HousingNeed == HousingNeed.None ? Housing[1] : Housing[0])}"]);
        }

        var byGroup = new CrossTab(population, "group", Groups, "sector", MonitorKeys.SectorsAndOther);
        var housing = new CrossTab(population, "sector", MonitorKeys.SectorsAndOther, "housing", Housing);
        return
        [
            byGroup.ToTable(MonitorTables.CandidatesByGroupSector, "people", "group", "sector"),
            housing.ToTable(MonitorTables.CandidateHousingNeed, "people", "sector", "housing-need"),
        ];
    }
}
