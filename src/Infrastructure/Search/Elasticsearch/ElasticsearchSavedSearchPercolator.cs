using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Elastic.Transport.Extensions;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Saved searches in Elasticsearch's percolator: each search is stored as its query (<see cref="AlertQueryRequests"/>)
/// in "&lt;prefix&gt;-alert-queries"; new vacancies are percolated in one request per page, and each hit's
/// <c>_percolator_document_slot</c> names the vacancies it matches. Cluster-side, so every instance shares it; each
/// instance writes what changed since its own last look (the first look after start writes everything and removes
/// what it did not write).
/// </summary>
public sealed class ElasticsearchSavedSearchPercolator(ElasticsearchClient client, ElasticsearchIndexNames names,
    TimeProvider clock) : ISavedSearchPercolator
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<Guid, long>? _written;

    public async Task SyncAsync(IReadOnlyCollection<SavedSearchQuery> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var first = _written is null;
            if (first)
            {
                await EnsureIndexAsync(cancellationToken);
            }

            var known = _written ?? [];
            var synced = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var changed = queries.Where(q => !known.TryGetValue(q.SubscriptionId, out var v) || v != q.Version).ToList();
            var wanted = queries.Select(q => q.SubscriptionId).ToHashSet();
            var removed = known.Keys.Where(id => !wanted.Contains(id)).ToList();
            foreach (var request in BulkRequests.Index(names.Alias, changed.Select(q => (q.SubscriptionId.ToString(), Document(q, synced))), live: true))
            {
                BulkRequests.EnsureSucceeded(await client.BulkAsync(request, cancellationToken), $"store alert queries in {names.Alias}");
            }

            foreach (var request in BulkRequests.Delete(names.Alias, removed.Select(id => id.ToString()), live: true))
            {
                BulkRequests.EnsureSucceeded(await client.BulkAsync(request, cancellationToken), $"remove alert queries from {names.Alias}");
            }

            if (first)
            {
                // Queries of subscriptions deleted while this instance was down: everything not written just now.
                var stale = new DeleteByQueryRequest(names.Alias)
                {
                    Query = new BoolQuery { Filter = [new NumberRangeQuery(AlertQueryRequests.SyncedField) { Lt = synced }] },
                    Refresh = true,
                };
                (await client.DeleteByQueryAsync(stale, cancellationToken)).EnsureValid($"remove stale alert queries from {names.Alias}");
            }

            _written = queries.ToDictionary(q => q.SubscriptionId, q => q.Version);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<PercolatedPair>> PercolateAsync(IReadOnlyList<VacancyDocument> vacancies,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        if (vacancies.Count == 0)
        {
            return [];
        }

        var documents = vacancies
            .Select(v => JsonDocument.Parse(client.SourceSerializer.SerializeToString(VacancyIndexDocument.From(v))).RootElement)
            .ToList();
        var pairs = new List<PercolatedPair>();
        string? after = null;
        while (true)
        {
            var response = await client.SearchAsync<object>(AlertQueryRequests.Percolate(names.Alias, documents, after), cancellationToken);
            response.EnsureValid($"percolate {names.Alias}");
            var hits = response.Hits.ToList();
            foreach (var hit in hits)
            {
                if (!Guid.TryParse(hit.Id, out var subscription) || hit.Fields is null
                    || !hit.Fields.TryGetValue(AlertQueryRequests.SlotField, out var slots))
                {
                    continue;
                }

                foreach (var slot in Slots(slots))
                {
                    if (slot >= 0 && slot < vacancies.Count)
                    {
                        pairs.Add(new PercolatedPair(subscription, vacancies[slot].Id));
                    }
                }
            }

            if (hits.Count < AlertQueryRequests.PageSize)
            {
                return pairs;
            }

            after = hits[^1].Id;
        }
    }

    private static IEnumerable<int> Slots(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetInt32()),
        JsonElement { ValueKind: JsonValueKind.Number } number => [number.GetInt32()],
        _ => [],
    };

    private Dictionary<string, object> Document(SavedSearchQuery query, long synced) => new()
    {
        [AlertQueryRequests.SubscriptionField] = query.SubscriptionId.ToString(),
        [AlertQueryRequests.VersionField] = query.Version,
        [AlertQueryRequests.SyncedField] = synced,
        [AlertQueryRequests.QueryField] = JsonDocument.Parse(
            client.RequestResponseSerializer.SerializeToString(AlertQueryRequests.StoredQuery(query.Request))).RootElement,
    };

    private async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        var exists = await client.Indices.ExistsAsync(names.Alias, cancellationToken);
        if (exists.Exists)
        {
            return;
        }

        var created = await client.Indices.CreateAsync(AlertQueryRequests.CreateIndex(names), cancellationToken);
        if (!created.IsValidResponse && ResponseChecks.StatusOf(created) != 400)
        {
            throw ResponseChecks.Failure(created, $"create {names.Alias}"); // 400: another instance created it meanwhile
        }
    }
}
