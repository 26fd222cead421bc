using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>The vacancy index on Elasticsearch, reached through the alias "&lt;prefix&gt;-vacancies".</summary>
public sealed class ElasticsearchVacancyIndex(
    ElasticsearchClient client, ElasticsearchIndexNames names, TimeProvider clock, ILogger<ElasticsearchVacancyIndex> logger)
    : ElasticsearchDocumentIndex<VacancyDocument, VacancyIndexDocument>(client, names, clock, logger), IVacancyIndex
{
    public const string Kind = "vacancies";

    protected override string VersionField => VacancyFields.Version;

    public override PutIndexTemplateRequest Template() => VacancyIndexTemplate.Build(Names);

    public override (string Id, VacancyIndexDocument Source) ToSource(VacancyDocument document)
    {
        var source = VacancyIndexDocument.From(document);
        return (source.Id, source);
    }

    public async Task<SearchHits> SearchAsync(VacancySearchRequest request, CancellationToken cancellationToken)
    {
        var response = await Client.SearchAsync<LocationSource>(VacancyQueryBuilder.Build(Names.Alias, request), cancellationToken);
        response.EnsureValid($"search {Names.Alias}");
        return SearchResponseReader.Read(response, request.Near, VacancyQueryBuilder.SortsByDistance(request),
            VacancyQueryBuilder.SnippetFields, withFacets: true);
    }

    public async Task<IReadOnlyList<Guid>> RetrieveAsync(MatchRetrieval retrieval, CancellationToken cancellationToken)
    {
        if (VacancyRetrievalBuilder.Build(Names.Alias, retrieval) is not { } request)
        {
            return [];
        }

        var response = await Client.SearchAsync<object>(request, cancellationToken);
        return RetrievalQueries.Ids(response.EnsureValid($"retrieve from {Names.Alias}"));
    }
}
