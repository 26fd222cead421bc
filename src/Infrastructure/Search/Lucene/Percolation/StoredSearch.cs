using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>A saved search held by the embedded percolator, with its prefilter keys and its text as keys.</summary>
internal sealed record StoredSearch(Guid Id, long Version, VacancySearchRequest Request, int Families, IReadOnlyList<string> Keys,
    SavedSearchText Text)
{
    /// <summary>Built once: the search's own facet filters, applied as the search applies them.</summary>
    public VacancyFacetFilters Facets { get; } = new(Request);
}
