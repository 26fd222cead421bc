using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Contract.SearchDocumentBuilder;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EsJson;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// The Elasticsearch percolator offline: the index it creates, the stored queries and the percolate request as the
/// client serialises them, and the adapter against a fake cluster (no live cluster here).
/// </summary>
public sealed class SavedSearchPercolatorTests : IAsyncLifetime
{
    private static readonly ElasticsearchIndexNames Names = new("tm", AlertQueryRequests.Kind);
    private static readonly Guid Alert = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private readonly FakeElasticsearch _es = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _es.DisposeAsync();

    private static VacancySearchRequest LasserLeiden => VacancySearchRequest.All(DateOnly.MinValue) with
    {
        Text = "lasser leiden", OptionalWords = ["leiden"], ExpandedOccupationUris = [WelderUri], Near = Leiden, RadiusKm = 25,
        Sectors = ["construction"], SponsorsVisa = true,
    };

    [Fact]
    public void CreateIndex_HasTheVacancyMappingAndAnalysis_PlusThePercolatorField()
    {
        var json = Of(AlertQueryRequests.CreateIndex(Names));

        var properties = json["mappings"]!["properties"]!;
        properties[AlertQueryRequests.QueryField]!["type"]!.GetValue<string>().ShouldBe("percolator");
        properties[AlertQueryRequests.SubscriptionField]!["type"]!.GetValue<string>().ShouldBe("keyword");
        properties[VacancyFields.TitleNl]!["analyzer"].ShouldNotBeNull();
        properties[VacancyFields.Location]!["type"]!.GetValue<string>().ShouldBe("geo_point");
        json["mappings"]!["dynamic"]!.GetValue<string>().ShouldBe("strict");
        json["settings"].ShouldNotBeNull();
    }

    [Fact]
    public void StoredQuery_HoldsTheWordsTheExpansionAndEveryFilterIncludingFacets()
    {
        var json = Of(AlertQueryRequests.StoredQuery(LasserLeiden));

        var text = json.ToJsonString();
        Find(json, "multi_match").Select(m => m!["query"]!.GetValue<string>()).ShouldBe(["lasser", "leiden"], ignoreOrder: true);
        Find(json, "geo_distance").ShouldHaveSingleItem()["distance"]!.ToString().ShouldContain("25");
        text.ShouldContain(WelderUri);
        text.ShouldContain("\"construction\"");
        Find(json, "term").Any(t => t[VacancyFields.VisaSponsorship] is not null).ShouldBeTrue();
    }

    [Fact]
    public void Percolate_SendsTheDocumentsAndPagesBySubscription()
    {
        var document = JsonNode.Parse("""{"id":"x","title_nl":"Lasser"}""")!;
        var json = Of(AlertQueryRequests.Percolate(Names.Alias, [System.Text.Json.JsonDocument.Parse(document.ToJsonString()).RootElement], "abc"));

        var percolate = json["query"]!["percolate"]!;
        percolate["field"]!.GetValue<string>().ShouldBe(AlertQueryRequests.QueryField);
        percolate["documents"]!.AsArray().ShouldHaveSingleItem()!["title_nl"]!.GetValue<string>().ShouldBe("Lasser");
        json["size"]!.GetValue<int>().ShouldBe(AlertQueryRequests.PageSize);
        json["search_after"]!.AsArray().Single()!.GetValue<string>().ShouldBe("abc");
        json.ToJsonString().ShouldContain(AlertQueryRequests.SubscriptionField);
    }

    [Fact]
    public async Task Sync_CreatesTheIndexOnce_StoresChangedQueries_AndRemovesStaleOnes()
    {
        _es.On("HEAD", "/tm-alert-queries", 404)
            .On("PUT", "/tm-alert-queries", 200, """{"acknowledged":true,"index":"tm-alert-queries"}""")
            .On("POST", "/tm-alert-queries/_bulk", 200, """{"errors":false,"took":1,"items":[]}""")
            .On("POST", "/tm-alert-queries/_delete_by_query", 200, """{"deleted":0}""");
        var percolator = Percolator();

        await percolator.SyncAsync([new SavedSearchQuery(Alert, 1, LasserLeiden)], default);
        await percolator.SyncAsync([new SavedSearchQuery(Alert, 1, LasserLeiden)], default);

        _es.Where("PUT", "/tm-alert-queries").ShouldHaveSingleItem();
        var bulk = _es.Where("POST", "/tm-alert-queries/_bulk").ShouldHaveSingleItem().NdJson;
        bulk[0]["index"]!["_id"]!.GetValue<string>().ShouldBe(Alert.ToString());
        bulk[1][AlertQueryRequests.QueryField]!["bool"].ShouldNotBeNull();
        bulk[1][AlertQueryRequests.SubscriptionField]!.GetValue<string>().ShouldBe(Alert.ToString());
        _es.Where("POST", "/tm-alert-queries/_delete_by_query").ShouldHaveSingleItem();

        await percolator.SyncAsync([], default);
        _es.Where("POST", "/tm-alert-queries/_bulk").Last().NdJson[0]["delete"]!["_id"]!.GetValue<string>().ShouldBe(Alert.ToString());
    }

    [Fact]
    public async Task Percolate_ReadsTheDocumentSlotsOfEachHit()
    {
        var other = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");
        _es.On("POST", "/tm-alert-queries/_search", 200, $$$"""
            {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"max_score":null,"hits":[
               {"_index":"tm-alert-queries","_id":"{{{Alert}}}","_score":null,"sort":["{{{Alert}}}"],"fields":{"_percolator_document_slot":[0,1]}},
               {"_index":"tm-alert-queries","_id":"{{{other}}}","_score":null,"sort":["{{{other}}}"],"fields":{"_percolator_document_slot":[1]}}]}}
            """);
        var first = Vacancy("Lasser");
        var second = Vacancy("Lasser TIG");

        var pairs = await Percolator().PercolateAsync([first, second], default);

        pairs.ShouldBe([new(Alert, first.Id), new(Alert, second.Id), new(other, second.Id)]);
        var sent = _es.Where("POST", "/tm-alert-queries/_search").ShouldHaveSingleItem().Json;
        sent["query"]!["percolate"]!["documents"]!.AsArray().Count.ShouldBe(2);
    }

    private ElasticsearchSavedSearchPercolator Percolator() =>
        new(_es.Client(), Names, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)));
}
