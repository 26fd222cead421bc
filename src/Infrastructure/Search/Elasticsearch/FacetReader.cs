using Elastic.Clients.Elasticsearch.Aggregations;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Facet counts from the filter aggregations <see cref="VacancyFacets"/> asks for. Keyword fields answer with string
/// terms, the boolean sponsorship field with long terms whose key_as_string is "true" or "false".
/// </summary>
public static class FacetReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Read(AggregateDictionary? aggregations)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        foreach (var name in SearchFacets.All)
        {
            IAggregate? terms = null;
            if (aggregations?.TryGetAggregate<FilterAggregate>(name, out var filter) == true)
            {
                filter.Aggregations?.TryGetAggregate(VacancyFacets.Values, out terms);
            }

            facets[name] = Counts(terms);
        }

        return facets;
    }

    private static List<FacetCount> Counts(IAggregate? terms)
    {
        IEnumerable<FacetCount> counts = terms switch
        {
            StringTermsAggregate s => s.Buckets.Select(b => new FacetCount(b.Key.Value?.ToString() ?? string.Empty, b.DocCount)),
            LongTermsAggregate l => l.Buckets.Select(b => new FacetCount(b.KeyAsString ?? b.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), b.DocCount)),
            _ => [],
        };
        return [.. counts.Where(c => c.Count > 0 && c.Value.Length > 0)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];
    }
}
