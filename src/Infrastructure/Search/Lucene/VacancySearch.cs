using Lucene.Net.Analysis;
using Lucene.Net.Search;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// Runs a vacancy search on one searcher: the Lucene query collects every match, then in memory the exact radius,
/// the facet filters and counts, the sort, the page and the snippets of that page.
/// </summary>
internal static class VacancySearch
{
    public static SearchHits Nothing { get; } = new(0, [], SearchFacets.All.ToDictionary(
        f => f, IReadOnlyList<FacetCount> (_) => [], StringComparer.Ordinal));

    public static SearchHits Run(IndexSearcher searcher, Analyzer analyzer, VacancySearchRequest request)
    {
        var (query, text, ranked) = VacancyQueries.Search(request, analyzer);
        var matches = MatchCollector<VacancyMatch>.Run(searcher, query, VacancyMatchReader.For(request.Near))
            .Where(m => WithinRadius(m, request))
            .ToList();
        var facets = new VacancyFacetFilters(request);
        var found = matches.Where(m => facets.Passes(m)).ToList();
        var pageSize = Math.Max(1, request.PageSize);
        var page = VacancyOrdering.Sort(found, request, ranked)
            .Skip((Math.Max(1, request.Page) - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new SearchHit(Guid.Parse(m.Id), m.Score, m.DistanceKm,
                text.Query is null ? null : VacancySnippets.For(searcher, m.Doc, analyzer, text)))
            .ToList();
        return new SearchHits(found.Count, page, facets.Count(matches));
    }

    public static IReadOnlyList<Guid> Retrieve(IndexSearcher searcher, MatchRetrieval retrieval)
    {
        var query = VacancyQueries.Retrieval(retrieval);
        if (query is null || retrieval.Limit <= 0)
        {
            return [];
        }

        return MatchCollector<VacancyMatch>.Run(searcher, query, VacancyMatchReader.For(retrieval.Near))
            .Where(m => WithinRadius(m, retrieval.Near is null ? null : retrieval.RadiusKm))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(retrieval.Limit)
            .Select(m => Guid.Parse(m.Id))
            .ToList();
    }

    private static bool WithinRadius(VacancyMatch match, VacancySearchRequest request) =>
        WithinRadius(match, request.Near is null ? null : request.RadiusKm);

    /// <summary>The exact check behind the box prefilter: remote vacancies always pass, unplaced ones never.</summary>
    private static bool WithinRadius(VacancyMatch match, double? radiusKm) =>
        radiusKm is not { } radius || match.Remote || match.DistanceKm <= radius;
}
