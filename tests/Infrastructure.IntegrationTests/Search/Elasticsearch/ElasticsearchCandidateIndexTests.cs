using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class ElasticsearchCandidateIndexTests : IAsyncLifetime
{
    private static readonly Guid First = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly Guid Second = Guid.Parse("44444444-4444-4444-4444-444444444444");
    private readonly FakeElasticsearch _es = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _es.DisposeAsync();

    [Fact]
    public async Task SearchAsync_Response_ReadsHitsWithDistanceAndNoFacets()
    {
        _es.On("POST", "/tm-candidates/_search", 200, CannedResponses.VacancySearch(First, Second));
        var request = new CandidateSearchRequest("nurse", [], [], [], [], [], SearchSamples.Leiden, 50, false, 1, 20);

        var result = await Index().SearchAsync(request, CancellationToken.None);

        result.Hits.Select(h => h.Id).ShouldBe([First, Second]);
        result.Hits[0].DistanceKm!.Value.ShouldBe(SearchSamples.Leiden.DistanceKmTo(SearchSamples.Amsterdam), 1e-9);
        result.Facets.ShouldBeEmpty();
        result.Total.ShouldBe(42);
    }

    [Fact]
    public async Task UpsertAsync_SendsTheCandidateSourceWithoutPersonalFields()
    {
        _es.On("HEAD", "/_alias/tm-candidates", 200).On("POST", "/tm-candidates/_bulk", 200, CannedResponses.BulkOk("index", First));

        await Index().UpsertAsync([SearchSamples.Candidate(First)], CancellationToken.None);

        var source = _es.Where("POST", "/tm-candidates/_bulk").Single().NdJson[1].AsObject();
        source["id"]!.GetValue<string>().ShouldBe(DocumentIds.Format(First));
        source.Select(p => p.Key).ShouldNotContain("name");
        source.Select(p => p.Key).ShouldNotContain("email");
    }

    private ElasticsearchCandidateIndex Index() => new(
        _es.Client(), new ElasticsearchIndexNames("tm", ElasticsearchCandidateIndex.Kind), TimeProvider.System,
        NullLogger<ElasticsearchCandidateIndex>.Instance);
}
