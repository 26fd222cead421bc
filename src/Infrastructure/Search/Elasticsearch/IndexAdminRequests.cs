using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.IndexManagement;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>The index-management requests: create a concrete index, swap the alias, read the state.</summary>
public static class IndexAdminRequests
{
    public const string MaxVersion = "maxVersion";

    /// <summary>A concrete index; settings and mapping come from the template. With <paramref name="alias"/> it is live at once.</summary>
    public static CreateIndexRequest Create(string index, string? alias) => new(index)
    {
        Aliases = alias is null ? null : new Dictionary<Name, Alias> { [alias] = new Alias() },
    };

    /// <summary>One atomic update: the alias leaves every old index and points at the new one.</summary>
    public static UpdateAliasesRequest Swap(string alias, IEnumerable<string> oldIndices, string newIndex) => new()
    {
        Actions =
        [
            .. oldIndices.Where(i => i != newIndex).Select(i => (IndexUpdateAliasesAction)new RemoveAction { Index = i, Alias = alias }),
            new AddAction { Index = newIndex, Alias = alias },
        ],
    };

    /// <summary>Document count and highest Version, without fetching any document.</summary>
    public static SearchRequest State(string alias, string versionField) => new(alias)
    {
        Size = 0,
        TrackTotalHits = true,
        Aggregations = new Dictionary<string, Aggregation> { [MaxVersion] = new MaxAggregation { Field = versionField } },
    };
}
