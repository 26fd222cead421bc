namespace TalentMatch.Application.Search;

/// <summary>One found document: its id (the database holds the rest), engine score, distance and snippet.</summary>
/// <param name="DistanceKm">From the request's centre, when it had one and the document has coordinates.</param>
/// <param name="Snippet">HTML-encoded text around the matched words, each marked with &lt;mark&gt;; null without text.</param>
public sealed record SearchHit(Guid Id, double Score, double? DistanceKm, string? Snippet);

public sealed record FacetCount(string Value, long Count);

/// <summary>A page of hits, the total over all pages, and facet counts (largest first) per <see cref="SearchFacets"/> name.</summary>
public sealed record SearchHits(
    long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static SearchHits Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
}
