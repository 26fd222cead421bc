using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// The facet filters of a request, applied to the matches in memory, and the facet counts: each facet counted over
/// the matches that pass every other facet filter, so choosing one value still shows the alternatives.
/// </summary>
internal sealed class VacancyFacetFilters
{
    private readonly List<Facet> _facets;

    public VacancyFacetFilters(VacancySearchRequest request) => _facets =
    [
        new(SearchFacets.Sector, m => One(m.Sector), Wanted(request.Sectors)),
        new(SearchFacets.OccupationGroup, m => One(m.OccupationGroup), Wanted(request.OccupationGroups)),
        new(SearchFacets.Contract, m => One(m.Contract), Wanted(request.ContractTypes)),
        new(SearchFacets.Language, m => m.Languages, Wanted(request.Languages)),
        new(SearchFacets.Sponsorship, m => [m.SponsorsVisa ? "true" : "false"],
            Wanted(request.SponsorsVisa is { } sponsors ? [sponsors ? "true" : "false"] : [])),
    ];

    public bool Passes(VacancyMatch match, string? except = null)
    {
        foreach (var facet in _facets)
        {
            if (facet.Name != except && !facet.Passes(match))
            {
                return false;
            }
        }

        return true;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Count(IReadOnlyList<VacancyMatch> matches)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var facet in _facets)
        {
            result[facet.Name] = matches
                .Where(m => Passes(m, except: facet.Name))
                .SelectMany(m => facet.Values(m).Distinct(StringComparer.Ordinal))
                .GroupBy(v => v, StringComparer.Ordinal)
                .Select(g => new FacetCount(g.Key, g.LongCount()))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Value, StringComparer.Ordinal)
                .ToList();
        }

        return result;
    }

    private static IReadOnlyList<string> One(string? value) => value is null ? [] : [value];

    private static HashSet<string>? Wanted(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : new HashSet<string>(values, StringComparer.Ordinal);

    private sealed record Facet(string Name, Func<VacancyMatch, IReadOnlyList<string>> Values, IReadOnlySet<string>? Wanted)
    {
        public bool Passes(VacancyMatch match) => Wanted is null || Values(match).Any(Wanted.Contains);
    }
}
