using System.Globalization;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Names for one logical index ("vacancies"): searches and writes go through <see cref="Alias"/>; each rebuild
/// creates a concrete index matching <see cref="Pattern"/>, which the template of <see cref="TemplateName"/> maps.
/// </summary>
public sealed record ElasticsearchIndexNames(string Prefix, string Kind)
{
    public string Alias => $"{Prefix}-{Kind}";

    public string TemplateName => $"{Prefix}-{Kind}";

    public string Pattern => $"{Prefix}-{Kind}-*";

    /// <summary>A new concrete index name; the timestamp (to the millisecond, lower case) sorts by creation.</summary>
    public string NewConcreteIndex(DateTimeOffset now) =>
        $"{Prefix}-{Kind}-{now.UtcDateTime.ToString("yyyyMMdd't'HHmmssfff", CultureInfo.InvariantCulture)}";
}
