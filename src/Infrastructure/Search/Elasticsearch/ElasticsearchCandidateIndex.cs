using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>The candidate index on Elasticsearch, reached through the alias "&lt;prefix&gt;-candidates". No facets.</summary>
public sealed class ElasticsearchCandidateIndex(
    ElasticsearchClient client, ElasticsearchIndexNames names, TimeProvider clock, ILogger<ElasticsearchCandidateIndex> logger)
    : ElasticsearchDocumentIndex<CandidateDocument, CandidateIndexDocument>(client, names, clock, logger), ICandidateIndex
{
    public const string Kind = "candidates";

    protected override string VersionField => CandidateFields.Version;

    public override PutIndexTemplateRequest Template() => CandidateIndexTemplate.Build(Names);

    public override (string Id, CandidateIndexDocument Source) ToSource(CandidateDocument document)
    {
        var source = CandidateIndexDocument.From(document);
        return (source.Id, source);
    }

    public async Task<SearchHits> SearchAsync(CandidateSearchRequest request, CancellationToken cancellationToken)
    {
        var response = await Client.SearchAsync<LocationSource>(CandidateQueryBuilder.Build(Names.Alias, request), cancellationToken);
        response.EnsureValid($"search {Names.Alias}");
        return SearchResponseReader.Read(response, request.Near, distanceFromSort: false,
            CandidateQueryBuilder.SnippetFields, withFacets: false);
    }

    public async Task<IReadOnlyList<Guid>> RetrieveAsync(MatchRetrieval retrieval, CancellationToken cancellationToken)
    {
        if (CandidateRetrievalBuilder.Build(Names.Alias, retrieval) is not { } request)
        {
            return [];
        }

        var response = await Client.SearchAsync<object>(request, cancellationToken);
        return RetrievalQueries.Ids(response.EnsureValid($"retrieve from {Names.Alias}"));
    }
}
