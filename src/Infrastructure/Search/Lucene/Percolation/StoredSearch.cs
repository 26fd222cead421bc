using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>A saved search held by the embedded percolator, with its prefilter keys and its text as keys.</summary>
internal sealed record StoredSearch(Guid Id, long Version, VacancySearchRequest Request, int Families, IReadOnlyList<string> Keys,
    SavedSearchText Text)
{
    /// <summary>Built once: the search's own facet filters, applied as the search applies them.</summary>
    public VacancyFacetFilters Facets { get; } = new(Request);

    /// <summary>Built once: the occupations the search filters on, null for none.</summary>
    public HashSet<string>? Occupations { get; } = Request.OccupationUris.Where(u => !string.IsNullOrWhiteSpace(u)).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } set ? set : null;

    /// <summary>Built once: the box of the radius the search prefilters on (<see cref="QueryParts.Box"/>), null for none.</summary>
    public (double LatitudeFrom, double LatitudeTo, double LongitudeFrom, double LongitudeTo)? Box { get; } =
        Request.Near is { } centre && Request.RadiusKm is { } radius ? QueryParts.Box(centre, radius) : null;
}
