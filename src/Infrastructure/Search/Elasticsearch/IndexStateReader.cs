using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Cluster;
using Elastic.Clients.Elasticsearch.IndexManagement;
using TalentMatch.Application.Search;
using IndexState = TalentMatch.Application.Search.IndexState;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Missing when the alias is not there; Corrupt when the cluster answers with a server error or the index is red;
/// else the count and the highest Version (Unix milliseconds, exact in the double a max aggregation returns).
/// Without any answer (network down) it throws: an unreachable cluster is not a reason to rebuild.
/// </summary>
public static class IndexStateReader
{
    public static async Task<IndexState> ReadAsync(
        ElasticsearchClient client, string alias, string versionField, CancellationToken cancellationToken)
    {
        var exists = await client.Indices.ExistsAliasAsync(new ExistsAliasRequest(alias), cancellationToken);
        if (ResponseChecks.IsNotFound(exists))
        {
            return IndexState.Missing;
        }

        if (ResponseChecks.IsServerError(exists))
        {
            return IndexState.Corrupt;
        }

        exists.EnsureValid($"check alias {alias}");
        var health = await client.Cluster.HealthAsync(new HealthRequest(alias), cancellationToken);
        if (ResponseChecks.IsServerError(health) || (health.IsValidResponse && health.Status == HealthStatus.Red))
        {
            return IndexState.Corrupt;
        }

        health.EnsureValid($"health of {alias}");
        var search = await client.SearchAsync<object>(IndexAdminRequests.State(alias, versionField), cancellationToken);
        if (ResponseChecks.IsServerError(search))
        {
            return IndexState.Corrupt;
        }

        search.EnsureValid($"state of {alias}");
        var total = search.HitsMetadata?.Total is { } t ? (t.Tag == UnionTag.T1 ? t.Value1?.Value ?? 0 : t.Value2) : 0;
        var max = search.Aggregations?.GetMax(IndexAdminRequests.MaxVersion)?.Value;
        return new IndexState(IndexCondition.Readable, total, total == 0 || max is null ? 0 : (long)Math.Round(max.Value));
    }
}
