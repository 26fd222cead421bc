using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;
using Elastic.Clients.Elasticsearch.QueryDsl;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The requests of the Elasticsearch percolator: an index holding each saved search as a percolator query (with the
/// vacancy mapping, so percolated vacancies are analysed exactly as indexed ones), and the percolate search that
/// sends the new vacancies as documents. Building is separate from sending so the requests can be checked offline.
/// </summary>
public static class AlertQueryRequests
{
    public const string Kind = "alert-queries";
    public const string QueryField = "query";
    public const string SubscriptionField = "subscription_id";
    public const string VersionField = "query_version";
    public const string SyncedField = "synced_at";
    public const string SlotField = "_percolator_document_slot";
    public const int PageSize = 1000;

    /// <summary>The concrete index, created once with the vacancy mapping plus the percolator's own fields.</summary>
    public static CreateIndexRequest CreateIndex(ElasticsearchIndexNames names)
    {
        var vacancy = VacancyIndexTemplate.Build(names).Template!;
        var properties = new Properties();
        foreach (var (name, property) in vacancy.Mappings!.Properties!)
        {
            properties.Add(name, property);
        }

        properties.Add(QueryField, new PercolatorProperty());
        properties.Add(SubscriptionField, new KeywordProperty());
        properties.Add(VersionField, new LongNumberProperty());
        properties.Add(SyncedField, new LongNumberProperty());
        return new CreateIndexRequest(names.Alias)
        {
            Settings = vacancy.Settings,
            Mappings = new TypeMapping { Dynamic = DynamicMapping.Strict, Properties = properties },
        };
    }

    /// <summary>The stored query: the vacancy search's text in "must" and all its filters, facet filters included.</summary>
    public static Query StoredQuery(VacancySearchRequest request)
    {
        var text = TextQueries.Build(request.Words, VacancyQueryBuilder.TextFields.ToArray(), VacancyFields.OccupationUri,
            request.ExpandedOccupationUris);
        var filters = VacancyQueryBuilder.Filters(request);
        filters.AddRange(VacancyFacets.Filters(request).Values);
        return new BoolQuery { Must = text is null ? null : [text], Filter = filters };
    }

    /// <summary>One page of the saved searches matching any of the documents (their JSON as the vacancy index stores it).</summary>
    public static SearchRequest Percolate(string index, IReadOnlyList<JsonElement> documents, string? after) => new(index)
    {
        Query = new PercolateQuery(QueryField) { Documents = [.. documents.Cast<object>()] },
        Size = PageSize,
        Source = new SourceConfig(false),
        Fields = [new FieldAndFormat { Field = SubscriptionField }],
        Sort = [SearchSorts.IdTiebreak(SubscriptionField)],
        SearchAfter = after is null ? null : [FieldValue.String(after)],
        TrackTotalHits = new TrackHits(false),
    };
}
