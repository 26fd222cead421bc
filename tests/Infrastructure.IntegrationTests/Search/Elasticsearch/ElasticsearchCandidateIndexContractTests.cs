using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.IntegrationTests.Search.Contract;
using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>The engine-neutral candidate contract on a live cluster; skipped without TALENTMATCH_TEST_ELASTICSEARCH_URL.</summary>
[RequiresEnvironmentVariable(LiveElasticsearch.Variable, "Elasticsearch")]
[Trait("Category", "Elasticsearch")]
public sealed class ElasticsearchCandidateIndexContractTests : CandidateIndexContract, IAsyncDisposable
{
    private readonly string _prefix = LiveElasticsearch.UniquePrefix();
    private readonly Elastic.Clients.Elasticsearch.ElasticsearchClient _client = LiveElasticsearch.Client();

    async ValueTask IAsyncDisposable.DisposeAsync() => await LiveElasticsearch.DeleteAsync(_client, _prefix);

    protected override Task<ICandidateIndex> CreateIndexAsync() => Task.FromResult<ICandidateIndex>(new ElasticsearchCandidateIndex(
        _client, new ElasticsearchIndexNames(_prefix, ElasticsearchCandidateIndex.Kind), TimeProvider.System,
        NullLogger<ElasticsearchCandidateIndex>.Instance));
}
