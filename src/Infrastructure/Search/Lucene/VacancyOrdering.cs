using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The sorts of a vacancy search. Every sort ends with the id (ordinal, as text), so equal keys come out in the same
/// order on every page and every engine.
/// </summary>
internal static class VacancyOrdering
{
    public static IOrderedEnumerable<VacancyMatch> Sort(IEnumerable<VacancyMatch> matches, VacancySearchRequest request,
        bool ranked)
    {
        var expanded = new HashSet<string>(request.ExpandedOccupationUris, StringComparer.Ordinal);
        var sorted = request.Sort switch
        {
            VacancySort.Date => NewestFirst(matches),
            VacancySort.Distance when request.Near is not null => matches
                .OrderBy(m => m.DistanceKm is null)
                .ThenBy(m => m.DistanceKm),
            VacancySort.Salary => matches
                .OrderBy(m => m.SalaryTo is null)
                .ThenByDescending(m => m.SalaryTo),
            _ when ranked => matches
                .OrderByDescending(m => m.OccupationUri is not null && expanded.Contains(m.OccupationUri))
                .ThenByDescending(m => m.Score),
            _ => NewestFirst(matches),
        };
        return sorted.ThenBy(m => m.Id, StringComparer.Ordinal);
    }

    private static IOrderedEnumerable<VacancyMatch> NewestFirst(IEnumerable<VacancyMatch> matches) =>
        matches.OrderByDescending(m => m.Published);
}
