using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Reads a search response into the port's <see cref="SearchHits"/>: ids, scores, distances, snippets and facets.</summary>
public static class SearchResponseReader
{
    public static SearchHits Read(
        SearchResponse<LocationSource> response, GeoPoint? near, bool distanceFromSort, IReadOnlyList<string> snippetFields,
        bool withFacets)
    {
        var hits = new List<SearchHit>();
        foreach (var hit in response.Hits)
        {
            if (DocumentIds.TryParse(hit.Id, out var id))
            {
                hits.Add(new SearchHit(id, hit.Score is { } score && double.IsFinite(score) ? score : 0,
                    DistanceKm(hit, near, distanceFromSort), SearchHighlights.Snippet(hit.Highlight, snippetFields)));
            }
        }

        var facets = withFacets
            ? FacetReader.Read(response.Aggregations)
            : new Dictionary<string, IReadOnlyList<FacetCount>>();
        return new SearchHits(Total(response, hits.Count), hits, facets);
    }

    private static long Total(SearchResponse<LocationSource> response, int hitCount)
    {
        var total = response.HitsMetadata?.Total;
        return total is null ? hitCount : total.Tag == UnionTag.T1 ? total.Value1?.Value ?? hitCount : total.Value2;
    }

    /// <summary>From the geo-distance sort value when the search sorted by distance, else from the stored location.</summary>
    private static double? DistanceKm(Hit<LocationSource> hit, GeoPoint? near, bool distanceFromSort)
    {
        if (near is not { } centre)
        {
            return null;
        }

        if (distanceFromSort && hit.Sort?.FirstOrDefault() is { } value && Number(value) is { } km && double.IsFinite(km))
        {
            return km;
        }

        return hit.Source?.Location is { } location ? centre.DistanceKmTo(location.ToGeoPoint()) : null;
    }

    private static double? Number(FieldValue value) =>
        value.TryGetDouble(out var d) ? d : value.TryGetLong(out var l) ? l : null;
}
