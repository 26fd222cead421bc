using Lucene.Net.Analysis;
using Lucene.Net.Search;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>Runs a candidate search or retrieval on one searcher; the exact radius and the sort run in memory.</summary>
internal static class CandidateSearch
{
    public static SearchHits Run(IndexSearcher searcher, Analyzer analyzer, CandidateSearchRequest request)
    {
        var (query, ranked) = CandidateQueries.Search(request, analyzer);
        var radius = request.Near is null ? null : request.RadiusKm;
        var expanded = new HashSet<string>(request.ExpandedOccupationUris, StringComparer.Ordinal);
        var found = MatchCollector<CandidateMatch>.Run(searcher, query, CandidateMatchReader.For(request.Near))
            .Where(m => WithinRadius(m, radius))
            .ToList();
        var sorted = ranked
            ? found.OrderByDescending(m => m.OccupationUris.Any(expanded.Contains)).ThenByDescending(m => m.Score)
            : found.OrderByDescending(m => m.Updated);
        var pageSize = Math.Max(1, request.PageSize);
        var page = sorted.ThenBy(m => m.Id, StringComparer.Ordinal)
            .Skip((Math.Max(1, request.Page) - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new SearchHit(Guid.Parse(m.Id), m.Score, m.DistanceKm, null))
            .ToList();
        return new SearchHits(found.Count, page, new Dictionary<string, IReadOnlyList<FacetCount>>());
    }

    public static IReadOnlyList<Guid> Retrieve(IndexSearcher searcher, MatchRetrieval retrieval)
    {
        var query = CandidateQueries.Retrieval(retrieval);
        if (query is null || retrieval.Limit <= 0)
        {
            return [];
        }

        var radius = retrieval.Near is null ? null : retrieval.RadiusKm;
        return MatchCollector<CandidateMatch>.Run(searcher, query, CandidateMatchReader.For(retrieval.Near))
            .Where(m => WithinRadius(m, radius))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(retrieval.Limit)
            .Select(m => Guid.Parse(m.Id))
            .ToList();
    }

    /// <summary>The exact check behind the box prefilter: candidates willing to relocate always pass, unplaced ones never.</summary>
    private static bool WithinRadius(CandidateMatch match, double? radiusKm) =>
        radiusKm is not { } radius || match.WillingToRelocate || match.DistanceKm <= radius;
}
