using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The shape shared by both retrievals: documents sharing at least one concept (the "should" clauses, weighted so an
/// occupation counts more than a skill), passing the hard constraints, best first, ids only.
/// </summary>
public static class RetrievalQueries
{
    public const float OccupationWeight = 3;
    public const float IscoGroupWeight = 2;
    public const float SkillWeight = 1;

    /// <summary>Null when nothing is shared by definition (no concepts at all): the caller returns no ids.</summary>
    public static SearchRequest? Build(
        string index, string idField, IReadOnlyCollection<Query?> concepts, IReadOnlyCollection<Query> filters, int limit)
    {
        var should = concepts.OfType<Query>().ToList();
        if (should.Count == 0 || limit <= 0)
        {
            return null;
        }

        return new SearchRequest(index)
        {
            Query = new BoolQuery { Should = should, MinimumShouldMatch = 1, Filter = [.. filters] },
            Sort = [SearchSorts.Score(), SearchSorts.IdTiebreak(idField)],
            Size = Math.Min(limit, Paging.MaxResultWindow),
            Source = false,
            TrackTotalHits = false,
        };
    }

    public static IReadOnlyList<Guid> Ids<T>(SearchResponse<T> response) =>
        [.. response.Hits.Select(h => DocumentIds.TryParse(h.Id, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
}
