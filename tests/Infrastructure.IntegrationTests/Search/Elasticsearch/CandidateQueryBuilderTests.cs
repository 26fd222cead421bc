using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EsJson;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class CandidateQueryBuilderTests
{
    [Fact]
    public void Build_WithTextAndFilters_HasNoFacetsAndFiltersEveryList()
    {
        var request = new CandidateSearchRequest("verpleegkundige", ["http://esco/occupation/nurse"], ["healthcare"],
            ["http://esco/occupation/nurse"], ["http://esco/skill/care"], ["nl:B1"], SearchSamples.Leiden, 15,
            ExcludeNeedsSponsor: true, Page: 2, PageSize: 25);

        var json = Of(CandidateQueryBuilder.Build("tm-candidates", request));

        json["aggregations"].ShouldBeNull();
        json["post_filter"].ShouldBeNull();
        var filters = new System.Text.Json.Nodes.JsonArray([.. Clauses(json["query"]!["bool"]!["filter"]).Select(f => f.DeepClone())]);
        Strings(Find(filters, "sectors").Single()).ShouldBe(["healthcare"]);
        Strings(Find(filters, "skillUris").Single()).ShouldBe(["http://esco/skill/care"]);
        Strings(Find(filters, "languages").Single()).ShouldBe(["nl:B1"]);
        Find(filters, "needsSponsor").Single()["value"]!.GetValue<bool>().ShouldBeFalse();
        Find(filters, "geo_distance").Single()["distance"]!.GetValue<string>().ShouldBe("15km");
        Find(filters, "willingToRelocate").Single()["value"]!.GetValue<bool>().ShouldBeTrue();
        Find(json["query"]!["bool"]!["must"], "multi_match").Single()["query"]!.GetValue<string>().ShouldBe("verpleegkundige");
        json["from"]!.GetValue<int>().ShouldBe(25);
    }

    [Fact]
    public void Build_WithoutText_SortsMostRecentlyUpdatedFirst()
    {
        var request = new CandidateSearchRequest(" ", [], [], [], [], [], null, null, false, 1, 20);

        var json = Of(CandidateQueryBuilder.Build("tm-candidates", request));

        Clauses(json["sort"])[0]["updatedAt"]!["order"]!.GetValue<string>().ShouldBe("desc");
        json["query"]!["bool"]!["must"].ShouldBeNull();
        json["highlight"].ShouldBeNull();
    }
}
