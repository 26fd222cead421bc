using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Monitoring.GetMonitor;

/// <summary>
/// Today's shortage pressure and obstacles: open vacancies per sector and ISCO sub-major group against the visible,
/// consenting candidates who match them (as matching finds pairs: a shared occupation, ISCO group or skill, no
/// sponsor needed but not offered), and the obstacles the one scorer names in those matches, per sector (the four). Bounded:
/// the newest <see cref="MaxVacancies"/> open vacancies and <see cref="MaxCandidates"/> candidates.
/// </summary>
public sealed class ShortageFigures(IApplicationDbContext db, ITaxonomy taxonomy, MatchRetrievals retrievals,
    MatchScorer scorer, TimeProvider clock)
{
    public const int MaxVacancies = 2_000;
    public const int MaxCandidates = 20_000;

    /// <summary>The obstacles the monitor counts, most asked for first; the rest of a kind falls under "other-...".</summary>
    public static IReadOnlyList<string> ObstacleKeys { get; } =
        ["dutch", "recognition", "big", "vog", "sponsorship", "housing", "other-certificate", "other-language", "skills", "education"];

    public async Task<IReadOnlyList<MonitorTable>> BuildAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var vacancies = await db.Vacancies.AsNoTracking().AsSplitQuery()
            .Where(v => v.Status == VacancyStatus.Published && (v.ClosingDate == null || v.ClosingDate >= today))
            .OrderByDescending(v => v.PublishedAt).Take(MaxVacancies).ToListAsync(cancellationToken);
        var candidates = await db.Candidates.AsNoTracking().AsSplitQuery()
            .Where(c => c.VisibleToEmployers && c.ConsentsToStatistics)
            .OrderBy(c => c.Id).Take(MaxCandidates).ToListAsync(cancellationToken);
        var wanted = candidates.Select(c => new Wanted(c,
            [.. c.DesiredOccupations.Select(o => o.Value)],
            [.. c.DesiredOccupations.Select(taxonomy.FindOccupation).OfType<EscoOccupation>().Select(o => o.IscoCode.Value)],
            [.. c.Skills.Select(s => s.Value)])).ToList();
        var vacancyPopulation = new CountedPopulation();
        var facts = candidates.ToDictionary(c => c.Id, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var vacancy in vacancies)
        {
            var row = RowOf(vacancy);
            vacancyPopulation.Add([$"row:{row}"]);
            var asked = retrievals.ForVacancy(vacancy, today);
            var (occupations, groups, skills) = (asked.OccupationUris.ToHashSet(), asked.IscoGroups.ToHashSet(), asked.SkillUris.ToHashSet());
            foreach (var candidate in wanted.Where(w => !MatchScorer.IsExcluded(w.Candidate, vacancy)
                         && (w.Occupations.Overlaps(occupations) || w.Groups.Overlaps(groups) || w.Skills.Overlaps(skills))))
            {
                var personal = facts[candidate.Candidate.Id];
                personal.Add($"match:{row}");
                var named = vacancy.Sector is null ? [] : scorer.Score(candidate.Candidate, vacancy, today)?.Obstacles ?? [];
                foreach (var obstacle in named)
                {
                    personal.Add($"obstacle:{vacancy.Sector!.Code}:{KeyOf(obstacle)}");
                }
            }
        }

        var rows = vacancies.Select(RowOf).Distinct().Order(RowOrder.Instance).ToList();
        var people = new CountedPopulation();
        foreach (var row in rows)
        {
            people.Possible([$"match:{row}"]);
            foreach (var obstacle in row.StartsWith(MonitorKeys.OtherSector + "|", StringComparison.Ordinal) ? [] : ObstacleKeys)
            {
                people.Possible([$"match:{row}", $"obstacle:{row.Split('|')[0]}:{obstacle}"]);
            }
        }

        foreach (var personal in facts.Values.Where(f => f.Count > 0))
        {
            people.Add(personal);
        }

        var obstacles = new CrossTab(people, ObstacleKeys, MonitorKeys.Sectors,
            (obstacle, sector) => [$"obstacle:{sector}:{obstacle}"]);
        return [Shortage(rows, vacancyPopulation, people), Obstacles(obstacles)];
    }

    /// <summary>Declares its cells, then publishes: the caller declares the people's other counts (obstacles) before.</summary>
    private static MonitorTable Shortage(IReadOnlyList<string> rows, CountedPopulation vacancies, CountedPopulation people)
    {
        var open = rows.Select(r => vacancies.Cell($"row:{r}")).ToList();
        var matching = rows.Select(r => people.Cell($"match:{r}")).ToList();
        (open, matching) = ([.. open, vacancies.Union(open)], [.. matching, people.Union(matching)]);
        var keys = rows.Append(MonitorKeys.Total).ToList();
        return new MonitorTable(MonitorTables.ShortagePressure, "mixed", "occupation-group", "measure",
            ["open-vacancies", "matching-candidates", "candidates-per-vacancy"],
            [.. keys.Select((key, i) => Row(key, vacancies.Published(open[i]), people.Published(matching[i])))]);
    }

    private static MonitorRow Row(string key, MonitorCell open, MonitorCell matching) => new(key,
    [
        open, matching,
        open is { Suppressed: false, Value: > 0 } && matching is { Suppressed: false }
            ? MonitorCell.Of(Math.Round(matching.Value!.Value / open.Value!.Value, 1)) : MonitorCell.Hidden,
    ]);

    /// <summary>Rows in the order of the published totals (hidden last, in key order): the order tells nothing more.</summary>
    private static MonitorTable Obstacles(CrossTab obstacles)
    {
        var table = obstacles.ToTable(MonitorTables.Obstacles, "people", "obstacle", "sector");
        var total = table.Columns.Count - 1;
        var ordered = table.Rows.Take(ObstacleKeys.Count).OrderByDescending(r => r.Cells[total].Value ?? -1)
            .ThenBy(r => ObstacleKeys.ToList().IndexOf(r.Key)).Append(table.Rows[^1]);
        return table with { Rows = [.. ordered] };
    }

    private string RowOf(Vacancy vacancy)
    {
        var isco = vacancy.Occupation is { } uri ? taxonomy.FindOccupation(uri)?.IscoCode.Value : null;
        return $"{MonitorKeys.SectorOf(vacancy.Sector)}|{(isco is { Length: >= 2 } ? isco[..2] : MonitorKeys.Unknown)}";
    }

    private static string KeyOf(string obstacle) => obstacle switch
    {
        _ when obstacle == Matching.Obstacles.Language("nl") => "dutch",
        _ when obstacle == Matching.Obstacles.Certificate("VOG") => "vog",
        Matching.Obstacles.Recognition => "recognition",
        Matching.Obstacles.Big => "big",
        Matching.Obstacles.Sponsorship => "sponsorship",
        Matching.Obstacles.Housing => "housing",
        Matching.Obstacles.Skills => "skills",
        Matching.Obstacles.Education => "education",
        _ when obstacle.StartsWith("certificate:", StringComparison.Ordinal) => "other-certificate",
        _ => "other-language",
    };

    private sealed record Wanted(Candidate Candidate, HashSet<string> Occupations, HashSet<string> Groups, HashSet<string> Skills);

    /// <summary>Sectors in the monitor's order, then the ISCO group.</summary>
    private sealed class RowOrder : IComparer<string>
    {
        public static RowOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            static (int, string) Key(string? row) => row?.Split('|') is [var sector, var group]
                ? (MonitorKeys.SectorsAndOther.ToList().IndexOf(sector), group) : (99, row ?? string.Empty);
            return Key(x).CompareTo(Key(y));
        }
    }
}
