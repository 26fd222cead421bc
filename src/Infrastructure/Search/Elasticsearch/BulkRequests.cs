using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Bulk writes, in batches. Live writes go through the alias with require_alias (so a missing alias fails instead
/// of auto-creating an unmapped index under its name) and refresh=wait_for (visible when the call returns).
/// </summary>
public static class BulkRequests
{
    public const int BatchSize = 500;

    public static IEnumerable<BulkRequest> Index<TSource>(
        string index, IEnumerable<(string Id, TSource Source)> documents, bool live)
        where TSource : class =>
        documents.Chunk(BatchSize).Select(batch => Request(index, live,
            batch.Select(d => (IBulkOperation)new BulkIndexOperation<TSource>(d.Source) { Id = d.Id })));

    public static IEnumerable<BulkRequest> Delete(string index, IEnumerable<string> ids, bool live) =>
        ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize).Select(batch => Request(index, live,
            batch.Select(id => (IBulkOperation)new BulkDeleteOperation(id))));

    /// <summary>Throws when any item failed, naming the ids and error types; deleting a missing document (404) is fine.</summary>
    public static void EnsureSucceeded(BulkResponse response, string operation)
    {
        if (!response.IsValidResponse && response.Items is not { Count: > 0 })
        {
            throw ResponseChecks.Failure(response, operation);
        }

        var failed = response.Items.Where(IsFailure).ToList();
        if (failed.Count > 0)
        {
            var details = string.Join(", ", failed.Take(20).Select(i => $"{i.Id} ({i.Status} {i.Error?.Type ?? "error"})"));
            var more = failed.Count > 20 ? $" and {failed.Count - 20} more" : string.Empty;
            throw new ElasticsearchIndexException(
                $"Elasticsearch {operation} failed for {failed.Count} document(s): {details}{more}.");
        }
    }

    private static bool IsFailure(ResponseItem item) =>
        !(item.Operation == "delete" && item.Status == 404) && (item.Error is not null || item.Status is < 200 or > 299);

    private static BulkRequest Request(string index, bool live, IEnumerable<IBulkOperation> operations) => new(index)
    {
        Operations = new BulkOperationsCollection(operations),
        Refresh = live ? Refresh.WaitFor : Refresh.False,
        RequireAlias = live ? true : null,
    };
}
