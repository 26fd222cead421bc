using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Placements;

namespace TalentMatch.Application.Monitoring.GetMonitor;

/// <summary>
/// People placed in the period in the four sectors (confirmed placements of candidates who consent to statistics;
/// someone placed twice counts once, at their first placement): by sector and month, their housing need, housing arranged, and the median
/// days from registering a profile to the placement. One population, protected in one call.
/// </summary>
public static class PlacementFigures
{
    private static readonly string[] Housing = ["needs-housing", "no-housing-need"];
    private static readonly string[] Arranged = ["housing-arranged", "not-arranged"];

    public static async Task<IReadOnlyList<MonitorTable>> BuildAsync(IApplicationDbContext db, MonitorPeriod period,
        CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var rows = await (from p in db.Placements.AsNoTracking()
                          where p.Status == PlacementStatus.Confirmed && p.HiredAt >= start && p.HiredAt < end
                          join c in db.Candidates.AsNoTracking() on p.CandidateId equals c.Id
                          where c.ConsentsToStatistics
                          select new { p.CandidateId, p.Sector, p.HiredAt, p.HousingArranged, c.HousingNeed, c.RegisteredAt })
            .ToListAsync(cancellationToken);
        var people = rows.Where(r => r.Sector is not null).GroupBy(r => r.CandidateId).Select(g => g.OrderBy(r => r.HiredAt).First())
            .Select(r => new Placed(MonitorKeys.SectorOf(r.Sector), MonitorPeriod.Key(r.HiredAt),
                r.HousingNeed == HousingNeed.None ? Housing[1] : Housing[0], r.HousingArranged ? Arranged[0] : Arranged[1],
                Math.Max(0, (r.HiredAt - r.RegisteredAt).TotalDays)))
            .ToList();
        var population = new CountedPopulation();
        foreach (var possible in from s in MonitorKeys.Sectors from m in period.Months from h in Housing from a in Arranged
                 select new[] { $"sector:{s}", $"month:{m}", $"housing:{h}", $"arranged:{a}" })
        {
            population.Possible(possible);
        }

        foreach (var person in people)
        {
            population.Add([$"sector:{person.Sector}", $"month:{person.Month}", $"housing:{person.Housing}", $"arranged:{person.Arranged}"]);
        }

        var byMonth = new CrossTab(population, "sector", MonitorKeys.Sectors, "month", period.Months);
        var housing = new CrossTab(population, "sector", MonitorKeys.Sectors, "housing", Housing);
        var arranged = new CrossTab(population, "sector", MonitorKeys.Sectors, "arranged", Arranged);
        return
        [
            byMonth.ToTable(MonitorTables.PlacementsBySectorMonth, "people", "sector", "month"),
            housing.ToTable(MonitorTables.PlacedHousingNeed, "people", "sector", "housing-need"),
            arranged.ToTable(MonitorTables.PlacedHousingArranged, "people", "sector", "housing-arranged"),
            Medians(people),
        ];
    }

    /// <summary>A median is published only for a group of at least five people; otherwise it is "&lt; 5".</summary>
    private static MonitorTable Medians(IReadOnlyList<Placed> people)
    {
        var rows = MonitorKeys.Sectors.Append(MonitorKeys.Total)
            .Select(sector => new MonitorRow(sector,
                [Median([.. people.Where(p => sector == MonitorKeys.Total || p.Sector == sector).Select(p => p.Days)])]));
        return new MonitorTable(MonitorTables.DaysToPlacement, "days", "sector", "measure", ["median-days"], [.. rows]);
    }

    internal static MonitorCell Median(IReadOnlyList<double> days)
    {
        if (days.Count < Disclosure.CountProtection.Threshold)
        {
            return MonitorCell.Hidden;
        }

        var sorted = days.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return MonitorCell.Of(Math.Round((decimal)median, 0, MidpointRounding.AwayFromZero));
    }

    private sealed record Placed(string Sector, string Month, string Housing, string Arranged, double Days);
}
