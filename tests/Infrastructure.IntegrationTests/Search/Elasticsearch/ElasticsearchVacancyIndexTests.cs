using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>The vacancy adapter against a fake cluster answering canned Elasticsearch responses.</summary>
public sealed class ElasticsearchVacancyIndexTests : IAsyncLifetime
{
    private static readonly Guid First = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Second = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private readonly FakeElasticsearch _es = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _es.DisposeAsync();

    [Fact]
    public async Task SearchAsync_Response_ReadsHitsSnippetsDistancesAndFacets()
    {
        _es.On("POST", "/tm-vacancies/_search", 200, CannedResponses.VacancySearch(First, Second));
        var request = SearchSamples.FullVacancySearch() with { Sort = VacancySort.Relevance };

        var result = await Index().SearchAsync(request, CancellationToken.None);

        result.Total.ShouldBe(42);
        result.Hits.Select(h => h.Id).ShouldBe([First, Second]);
        result.Hits[0].Score.ShouldBe(7.5);
        result.Hits[0].Snippet.ShouldBe("Zorg voor <mark>patiënten</mark> &amp; familie");
        result.Hits[1].Snippet.ShouldBe("<mark>Nurse</mark>");
        result.Hits[0].DistanceKm!.Value.ShouldBe(SearchSamples.Leiden.DistanceKmTo(SearchSamples.Amsterdam), 1e-9);
        result.Hits[1].DistanceKm.ShouldBeNull();
        result.Facets.Keys.ShouldBe(SearchFacets.All, ignoreOrder: true);
        result.Facets[SearchFacets.Sector].ShouldBe([new FacetCount("healthcare", 30), new FacetCount("education", 12)]);
        result.Facets[SearchFacets.Sponsorship].ShouldBe([new FacetCount("true", 25), new FacetCount("false", 17)]);
        result.Facets[SearchFacets.Contract].ShouldBeEmpty();
        var sent = _es.Where("POST", "/tm-vacancies/_search").Single();
        sent.Query.ShouldContain("typed_keys=true");
        sent.Json["post_filter"].ShouldNotBeNull();
    }

    [Fact]
    public async Task SearchAsync_SortedByDistance_TakesTheDistanceFromTheSortValue()
    {
        _es.On("POST", "/tm-vacancies/_search", 200, CannedResponses.VacancySearchSortedByDistance(First));
        var request = VacancySearchRequest.All(SearchSamples.Today) with { Near = SearchSamples.Leiden, Sort = VacancySort.Distance };

        var result = await Index().SearchAsync(request, CancellationToken.None);

        result.Hits.Single().DistanceKm.ShouldBe(3.25);
        result.Hits.Single().Snippet.ShouldBeNull();
    }

    [Fact]
    public async Task SearchAsync_ServerError_Throws()
    {
        _es.On("POST", "/tm-vacancies/_search", 500, CannedResponses.Error("search_phase_execution_exception", 500));

        var error = await Should.ThrowAsync<ElasticsearchIndexException>(
            () => Index().SearchAsync(VacancySearchRequest.All(SearchSamples.Today), CancellationToken.None));

        error.Message.ShouldContain("500");
        error.Message.ShouldContain("search_phase_execution_exception");
    }

    [Fact]
    public async Task UpsertAsync_SendsOneBulkThroughTheAliasAndWaitsForRefresh()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 200).On("POST", "/tm-vacancies/_bulk", 200, CannedResponses.BulkOk("index", First, Second));

        await Index().UpsertAsync([SearchSamples.Vacancy(First), SearchSamples.Vacancy(Second, "en")], CancellationToken.None);

        var bulk = _es.Where("POST", "/tm-vacancies/_bulk").Single();
        bulk.Query.ShouldContain("refresh=wait_for");
        bulk.Query.ShouldContain("require_alias=true");
        var lines = bulk.NdJson;
        lines.Count.ShouldBe(4);
        lines[0]["index"]!["_id"]!.GetValue<string>().ShouldBe(DocumentIds.Format(First));
        lines[1]["titleNl"]!.GetValue<string>().ShouldBe("Verpleegkundige IC");
        lines[3]["titleEn"]!.GetValue<string>().ShouldBe("Verpleegkundige IC");
        _es.Where("PUT", "/_index_template").ShouldBeEmpty();
    }

    [Fact]
    public async Task UpsertAsync_ItemFails_ThrowsNamingTheIdButNotTheContent()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 200).On("POST", "/tm-vacancies/_bulk", 200, CannedResponses.BulkWithFailure(First, Second));

        var error = await Should.ThrowAsync<ElasticsearchIndexException>(
            () => Index().UpsertAsync([SearchSamples.Vacancy(First), SearchSamples.Vacancy(Second)], CancellationToken.None));

        error.Message.ShouldContain(DocumentIds.Format(Second));
        error.Message.ShouldContain("document_parsing_exception");
        error.Message.ShouldNotContain(DocumentIds.Format(First));
        error.Message.ShouldNotContain("Verpleegkundige");
        error.Message.ShouldNotContain("preview");
    }

    [Fact]
    public async Task DeleteAsync_MissingDocument_IsFine()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 200).On("POST", "/tm-vacancies/_bulk", 200, CannedResponses.BulkDeleteNotFound(First));

        await Index().DeleteAsync([First], CancellationToken.None);

        _es.Where("POST", "/tm-vacancies/_bulk").Single().NdJson.Single()["delete"]!["_id"]!.GetValue<string>()
            .ShouldBe(DocumentIds.Format(First));
    }

    [Fact]
    public async Task UpsertAsync_NoLiveIndexYet_PutsTheTemplateAndCreatesAnAliasedIndexFirst()
    {
        _es.On("HEAD", "/_alias/tm-vacancies", 404)
            .On("PUT", "/_index_template/tm-vacancies", 200, """{"acknowledged":true}""")
            .On("PUT", "/tm-vacancies-", 200, """{"acknowledged":true,"shards_acknowledged":true,"index":"tm-vacancies-20260302t100000000"}""")
            .On("POST", "/tm-vacancies/_bulk", 200, CannedResponses.BulkOk("index", First));

        await Index().UpsertAsync([SearchSamples.Vacancy(First)], CancellationToken.None);

        _es.Where("PUT", "/_index_template/tm-vacancies").Single().Json["index_patterns"]!.ToJsonString().ShouldContain("tm-vacancies-*");
        var create = _es.Where("PUT", "/tm-vacancies-20260302t100000000").Single();
        create.Json["aliases"]!["tm-vacancies"].ShouldNotBeNull();
        _es.Requests.Last().Path.ShouldBe("/tm-vacancies/_bulk");
    }

    [Fact]
    public async Task RetrieveAsync_Hits_ReturnsIdsInOrder()
    {
        _es.On("POST", "/tm-vacancies/_search", 200, CannedResponses.IdsOnly(Second, First));
        var retrieval = new MatchRetrieval(["http://esco/occupation/nurse"], [], [], false, null, null, SearchSamples.Today, 50);

        var ids = await Index().RetrieveAsync(retrieval, CancellationToken.None);

        ids.ShouldBe([Second, First]);
    }

    [Fact]
    public async Task RetrieveAsync_NothingToShare_SendsNoRequest()
    {
        var retrieval = new MatchRetrieval([], [], [], false, null, null, SearchSamples.Today, 50);

        (await Index().RetrieveAsync(retrieval, CancellationToken.None)).ShouldBeEmpty();
        _es.Requests.ShouldBeEmpty();
    }

    private ElasticsearchVacancyIndex Index() => new(
        _es.Client(), new ElasticsearchIndexNames("tm", ElasticsearchVacancyIndex.Kind), _clock,
        NullLogger<ElasticsearchVacancyIndex>.Instance);
}
