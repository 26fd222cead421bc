using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Monitoring.GetMonitor;

/// <summary>
/// People who applied (or accepted an invitation) in the period to a vacancy in one of the four sectors, each once, in
/// the sector of their furthest application: how many reached each stage, and the conversion from stage to stage. "Stopped at" counts (the
/// differences of two stages) are declared too, not shown, so a small one cannot be worked out by subtracting.
/// </summary>
public static class FunnelFigures
{
    public static IReadOnlyList<string> Stages { get; } = [.. ApplicationStages.Progress.Select(s => s.ToString())];

    public static async Task<IReadOnlyList<MonitorTable>> BuildAsync(IApplicationDbContext db, MonitorPeriod period,
        CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var consenting = db.Candidates.Where(c => c.ConsentsToStatistics).Select(c => c.Id);
        var applications = await db.JobApplications.AsNoTracking()
            .Where(a => a.CreatedAt >= start && a.CreatedAt < end && consenting.Contains(a.CandidateId))
            .Select(a => new { a.CandidateId, a.VacancyId, a.CreatedAt, Stages = a.History.Select(h => h.Stage).ToList() })
            .ToListAsync(cancellationToken);
        var vacancyIds = applications.Select(a => a.VacancyId).Distinct().ToList();
        var sectors = await db.Vacancies.AsNoTracking().Where(v => vacancyIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Sector }).ToDictionaryAsync(v => v.Id, v => v.Sector, cancellationToken);
        var population = new CountedPopulation();
        foreach (var (sector, step) in from s in MonitorKeys.Sectors from k in Enumerable.Range(1, Stages.Count) select (s, k))
        {
            population.Possible(Facts(sector, step));
        }

        foreach (var person in applications.Where(a => sectors.GetValueOrDefault(a.VacancyId) is not null).GroupBy(a => a.CandidateId))
        {
            var furthest = person.Select(a => (Application: a, Step: a.Stages.Select(s => s.Step()).DefaultIfEmpty().Max()))
                .OrderByDescending(x => x.Step).ThenBy(x => x.Application.CreatedAt).First();
            if (furthest.Step == 0)
            {
                continue; // only invitations, never accepted
            }

            population.Add(Facts(MonitorKeys.SectorOf(sectors.GetValueOrDefault(furthest.Application.VacancyId)), furthest.Step));
        }

        var funnel = new CrossTab(population, "sector", MonitorKeys.Sectors, "reached", Stages);
        foreach (var step in Enumerable.Range(1, Stages.Count))
        {
            population.Cell($"stopped:{step}");
            foreach (var sector in MonitorKeys.Sectors)
            {
                population.Cell($"sector:{sector}", $"stopped:{step}");
            }
        }

        var table = funnel.ToTable(MonitorTables.Funnel, "people", "sector", "stage", totalColumn: false);
        return [table, Conversion(table)];
    }

    private static string[] Facts(string sector, int step) =>
        [$"sector:{sector}", $"stopped:{step}", .. Stages.Take(step).Select(s => $"reached:{s}")];

    /// <summary>From the published counts only: a percentage where both stages are shown, else hidden.</summary>
    private static MonitorTable Conversion(MonitorTable funnel)
    {
        var columns = Stages.Zip(Stages.Skip(1), (from, to) => $"{from}-{to}").ToList();
        var rows = funnel.Rows.Select(row => new MonitorRow(row.Key, [.. Enumerable.Range(0, columns.Count).Select(i =>
            row.Cells[i] is { Suppressed: false, Value: > 0 } from && row.Cells[i + 1] is { Suppressed: false } to
                ? MonitorCell.Of(Math.Round(100m * to.Value!.Value / from.Value!.Value, 1))
                : MonitorCell.Hidden)]));
        return new MonitorTable(MonitorTables.FunnelConversion, "percent", "sector", "step", columns, [.. rows]);
    }
}
