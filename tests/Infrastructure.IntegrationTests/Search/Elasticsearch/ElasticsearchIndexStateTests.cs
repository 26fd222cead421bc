using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;
using IndexState = TalentMatch.Application.Search.IndexState;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>GetStateAsync against a fake cluster: missing alias, red index, server error, and a readable index.</summary>
public sealed class ElasticsearchIndexStateTests : IAsyncLifetime
{
    private readonly FakeElasticsearch _es = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _es.DisposeAsync();

    [Fact]
    public async Task GetStateAsync_AliasMissing_IsMissing()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 404);

        (await Index().GetStateAsync(CancellationToken.None)).ShouldBe(IndexState.Missing);
    }

    [Fact]
    public async Task GetStateAsync_IndexRed_IsCorrupt()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 200).On("GET", "/_cluster/health/tm-vacancies", 200, CannedResponses.Health("red"));

        (await Index().GetStateAsync(CancellationToken.None)).ShouldBe(IndexState.Corrupt);
    }

    [Fact]
    public async Task GetStateAsync_SearchServerError_IsCorrupt()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 200)
            .On("GET", "/_cluster/health/tm-vacancies", 200, CannedResponses.Health("yellow"))
            .On("POST", "/tm-vacancies/_search", 503, CannedResponses.Error("search_phase_execution_exception", 503));

        (await Index().GetStateAsync(CancellationToken.None)).ShouldBe(IndexState.Corrupt);
    }

    [Fact]
    public async Task GetStateAsync_Readable_CountsAndTakesTheExactMaxVersion()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 200)
            .On("GET", "/_cluster/health/tm-vacancies", 200, CannedResponses.Health("green"))
            .On("POST", "/tm-vacancies/_search", 200, CannedResponses.State(1234, "1.772000000123E12"));

        var state = await Index().GetStateAsync(CancellationToken.None);

        state.ShouldBe(new IndexState(IndexCondition.Readable, 1234, 1_772_000_000_123));
        _es.Where("POST", "/tm-vacancies/_search").Single().Json["size"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task GetStateAsync_EmptyIndex_IsReadableWithZeroVersion()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 200)
            .On("GET", "/_cluster/health/tm-vacancies", 200, CannedResponses.Health("green"))
            .On("POST", "/tm-vacancies/_search", 200, CannedResponses.State(0, "null"));

        (await Index().GetStateAsync(CancellationToken.None)).ShouldBe(new IndexState(IndexCondition.Readable, 0, 0));
    }

    [Fact]
    public async Task GetStateAsync_Unreachable_Throws()
    {
        var unreachable = new ElasticsearchVacancyIndex(
            new Elastic.Clients.Elasticsearch.ElasticsearchClient(new Uri("http://127.0.0.1:9")),
            new ElasticsearchIndexNames("tm", ElasticsearchVacancyIndex.Kind), TimeProvider.System,
            NullLogger<ElasticsearchVacancyIndex>.Instance);

        await Should.ThrowAsync<ElasticsearchIndexException>(() => unreachable.GetStateAsync(CancellationToken.None));
    }

    private ElasticsearchVacancyIndex Index() => new(
        _es.Client(), new ElasticsearchIndexNames("tm", ElasticsearchVacancyIndex.Kind), TimeProvider.System,
        NullLogger<ElasticsearchVacancyIndex>.Instance);
}
