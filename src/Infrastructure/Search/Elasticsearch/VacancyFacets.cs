using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Application.Search;
using F = TalentMatch.Infrastructure.Search.Elasticsearch.VacancyFields;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Facet counts over everything the text and the other filters allow. The five facet filters go in post_filter (they
/// narrow the hits, not the aggregations); each facet is a filter aggregation holding every facet filter but its own,
/// around a terms aggregation named <see cref="Values"/>.
/// </summary>
public static class VacancyFacets
{
    public const string Values = "values";

    /// <summary>Distinct values counted per facet; ample for sectors, ISCO minor groups, contracts and languages.</summary>
    public const int MaxValues = 100;

    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>
    {
        [SearchFacets.Sector] = F.Sector,
        [SearchFacets.OccupationGroup] = F.OccupationGroup,
        [SearchFacets.Contract] = F.ContractType,
        [SearchFacets.Language] = F.Languages,
        [SearchFacets.Sponsorship] = F.VisaSponsorship,
    };

    /// <summary>The request's filter per facet name; a facet the request does not filter on is left out.</summary>
    public static IReadOnlyDictionary<string, Query> Filters(VacancySearchRequest request)
    {
        var filters = new Dictionary<string, Query?>
        {
            [SearchFacets.Sector] = QueryParts.AnyOf(F.Sector, request.Sectors),
            [SearchFacets.OccupationGroup] = QueryParts.AnyOf(F.OccupationGroup, request.OccupationGroups),
            [SearchFacets.Contract] = QueryParts.AnyOf(F.ContractType, request.ContractTypes),
            [SearchFacets.Language] = QueryParts.AnyOf(F.Languages, request.Languages),
            [SearchFacets.Sponsorship] = request.SponsorsVisa is { } sponsors ? QueryParts.Is(F.VisaSponsorship, sponsors) : null,
        };
        return filters.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!);
    }

    public static Query? PostFilter(IReadOnlyDictionary<string, Query> filters) =>
        filters.Count == 0 ? null : QueryParts.All([.. filters.Values]);

    public static Dictionary<string, Aggregation> Aggregations(IReadOnlyDictionary<string, Query> filters) =>
        SearchFacets.All.ToDictionary(name => name, name => new Aggregation
        {
            Filter = QueryParts.All([.. filters.Where(f => f.Key != name).Select(f => f.Value)]),
            Aggregations = new Dictionary<string, Aggregation>
            {
                [Values] = new TermsAggregation { Field = Fields[name], Size = MaxValues },
            },
        });
}
