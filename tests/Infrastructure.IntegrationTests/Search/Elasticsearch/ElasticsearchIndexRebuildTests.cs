using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>Rebuild against a fake cluster: a new timestamped index, an atomic alias swap, cleanup either way.</summary>
public sealed class ElasticsearchIndexRebuildTests : IAsyncLifetime
{
    private const string NewIndex = "tm-candidates-20260302t100000000";
    private readonly FakeElasticsearch _es = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync()
    {
        _es.On("PUT", "/_index_template/tm-candidates", 200, CannedResponses.Acknowledged)
            .On("PUT", "/" + NewIndex, 200, """{"acknowledged":true,"shards_acknowledged":true,"index":"x"}""")
            .On("POST", $"/{NewIndex}/_bulk", 200, CannedResponses.BulkOk("index", Guid.NewGuid()))
            .On("POST", $"/{NewIndex}/_refresh", 200, """{"_shards":{"total":1,"successful":1,"failed":0}}""")
            .On("POST", "/_aliases", 200, CannedResponses.Acknowledged)
            .On("DELETE", "/", 200, CannedResponses.Acknowledged);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _es.DisposeAsync();

    [Fact]
    public async Task CompleteAsync_SwapsTheAliasInOneRequestAndDeletesTheOldIndex()
    {
        _es.On("GET", "/_alias/tm-candidates", 200, CannedResponses.GetAlias("tm-candidates", "tm-candidates-old"));

        await using (var rebuild = await Index().BeginRebuildAsync(CancellationToken.None))
        {
            await rebuild.AddAsync([SearchSamples.Candidate(Guid.NewGuid())], CancellationToken.None);
            await rebuild.CompleteAsync(CancellationToken.None);
        }

        _es.Where("PUT", "/_index_template/tm-candidates").ShouldHaveSingleItem();
        var bulk = _es.Where("POST", $"/{NewIndex}/_bulk").Single();
        bulk.Query.ShouldNotContain("require_alias");
        bulk.Query.ShouldNotContain("wait_for");
        var actions = EsJson.Clauses(_es.Where("POST", "/_aliases").Single().Json["actions"]);
        actions[0]["remove"]!["index"]!.GetValue<string>().ShouldBe("tm-candidates-old");
        actions[1]["add"]!["index"]!.GetValue<string>().ShouldBe(NewIndex);
        _es.Where("DELETE", "/").Select(r => r.Path).ShouldBe(["/tm-candidates-old"]);
    }

    [Fact]
    public async Task CompleteAsync_FirstBuild_OnlyAddsTheAlias()
    {
        _es.On("GET", "/_alias/tm-candidates", 404, """{"error":"alias [tm-candidates] missing","status":404}""");

        await using (var rebuild = await Index().BeginRebuildAsync(CancellationToken.None))
        {
            await rebuild.CompleteAsync(CancellationToken.None);
        }

        EsJson.Clauses(_es.Where("POST", "/_aliases").Single().Json["actions"]).Single()["add"].ShouldNotBeNull();
        _es.Where("DELETE", "/").ShouldBeEmpty();
    }

    [Fact]
    public async Task DisposeAsync_WithoutComplete_DeletesTheNewIndexAndLeavesTheAlias()
    {
        await using (var rebuild = await Index().BeginRebuildAsync(CancellationToken.None))
        {
            await rebuild.AddAsync([SearchSamples.Candidate(Guid.NewGuid())], CancellationToken.None);
        }

        _es.Where("DELETE", "/").Select(r => r.Path).ShouldBe(["/" + NewIndex]);
        _es.Where("POST", "/_aliases").ShouldBeEmpty();
    }

    private ElasticsearchCandidateIndex Index() => new(
        _es.Client(), new ElasticsearchIndexNames("tm", ElasticsearchCandidateIndex.Kind), _clock,
        NullLogger<ElasticsearchCandidateIndex>.Instance);
}
