using System.Text.Json.Nodes;
using TalentMatch.Application.Search;
using TalentMatch.Infrastructure.Search.Elasticsearch;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EsJson;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class VacancyQueryBuilderTests
{
    private static JsonNode Full() => Of(VacancyQueryBuilder.Build("tm-vacancies", SearchSamples.FullVacancySearch()));

    [Fact]
    public void Build_WithText_MatchesWordsOrExpandedOccupation()
    {
        var must = Clauses(Full()["query"]!["bool"]!["must"]).Single();

        var should = Clauses(must["bool"]!["should"]);
        must["bool"]!["minimum_should_match"]!.GetValue<int>().ShouldBe(1);
        // "verpleegkundige intensive care": three words, of which two (three quarters, rounded down) must match.
        var words = should.Single(c => c["bool"] is not null)["bool"]!;
        words["minimum_should_match"]!.GetValue<int>().ShouldBe(2);
        var perWord = Clauses(words["should"]).Select(c => c["multi_match"]!).ToList();
        perWord.Select(w => w["query"]!.GetValue<string>()).ShouldBe(["verpleegkundige", "intensive", "care"]);
        Strings(perWord[0]["fields"]).ShouldContain("titleNl^3");
        Strings(perWord[0]["fields"]).ShouldContain("descriptionEn");
        var occupation = should.Single(c => c["terms"] is not null)["terms"]!;
        Strings(occupation["occupationUri"]).ShouldBe(["http://data.europa.eu/esco/occupation/nurse"]);
        occupation["boost"]!.GetValue<double>().ShouldBe(TextQueries.OccupationBoost);
    }

    [Fact]
    public void Build_WithNearAndRadius_LetsRemoteVacanciesPassTheDistanceFilter()
    {
        var filters = Clauses(Full()["query"]!["bool"]!["filter"]);

        var geo = filters.Single(f => Find(f, "geo_distance").Any());
        geo["bool"]!["minimum_should_match"]!.GetValue<int>().ShouldBe(1);
        var distance = Find(geo, "geo_distance").Single();
        distance["distance"]!.GetValue<string>().ShouldBe("25km");
        distance["location"]!["lat"]!.GetValue<double>().ShouldBe(SearchSamples.Leiden.Latitude);
        distance["location"]!["lon"]!.GetValue<double>().ShouldBe(SearchSamples.Leiden.Longitude);
        Find(geo, "workMode").Single()["value"]!.GetValue<string>().ShouldBe("Remote");
    }

    [Fact]
    public void Build_WithAllFilters_PutsRangesAndClosingDateInTheQueryFilter()
    {
        var filters = Clauses(Full()["query"]!["bool"]!["filter"]);

        Find(filters[0], "closingDate").First()["gte"]!.GetValue<string>().ShouldBe("2026-03-02");
        Find(filters[0], "exists").Single()["field"]!.GetValue<string>().ShouldBe("closingDate");
        Find(JsonArrayOf(filters), "hoursMax").Single()["gte"]!.GetValue<int>().ShouldBe(24);
        Find(JsonArrayOf(filters), "hoursMin").Single()["lte"]!.GetValue<int>().ShouldBe(36);
        Find(JsonArrayOf(filters), "salaryTo").Single()["gte"]!.GetValue<int>().ShouldBe(3000);
        Find(JsonArrayOf(filters), "publishedAt").Single()["gte"]!.GetValue<string>().ShouldStartWith("2026-01-01T00:00:00");
        Find(JsonArrayOf(filters), "housingSupport").Single()["value"]!.GetValue<bool>().ShouldBeFalse();
        Strings(Find(JsonArrayOf(filters), "occupationUri").Single()).ShouldBe(["http://data.europa.eu/esco/occupation/nurse"]);
    }

    [Fact]
    public void Build_WithFacetFilters_PutsThemInPostFilterOnly()
    {
        var json = Full();

        var post = Clauses(json["post_filter"]!["bool"]!["filter"]);
        Strings(Find(JsonArrayOf(post), "sector").Single()).ShouldBe(["healthcare", "education"]);
        Strings(Find(JsonArrayOf(post), "occupationGroup").Single()).ShouldBe(["222"]);
        Strings(Find(JsonArrayOf(post), "contractType").Single()).ShouldBe(["Permanent"]);
        Strings(Find(JsonArrayOf(post), "languages").Single()).ShouldBe(["nl:B2"]);
        Find(JsonArrayOf(post), "visaSponsorship").Single()["value"]!.GetValue<bool>().ShouldBeTrue();
        Find(json["query"], "sector").ShouldBeEmpty();
        Find(json["query"], "visaSponsorship").ShouldBeEmpty();
    }

    [Fact]
    public void Build_Aggregations_OnePerFacetExcludingItsOwnFilter()
    {
        var aggregations = Full()["aggregations"]!.AsObject();

        aggregations.Select(a => a.Key).ShouldBe(SearchFacets.All, ignoreOrder: true);
        var sector = aggregations[SearchFacets.Sector]!;
        sector["aggregations"]!["values"]!["terms"]!["field"]!.GetValue<string>().ShouldBe("sector");
        Find(sector["filter"], "sector").ShouldBeEmpty();
        Find(sector["filter"], "contractType").ShouldNotBeEmpty();
        Find(sector["filter"], "visaSponsorship").ShouldNotBeEmpty();
        var sponsorship = aggregations[SearchFacets.Sponsorship]!;
        sponsorship["aggregations"]!["values"]!["terms"]!["field"]!.GetValue<string>().ShouldBe("visaSponsorship");
        Find(sponsorship["filter"], "visaSponsorship").ShouldBeEmpty();
        Find(sponsorship["filter"], "sector").ShouldNotBeEmpty();
    }

    [Fact]
    public void Build_WithText_HighlightsWithMarkTagsAndHtmlEncoder()
    {
        var highlight = Full()["highlight"]!;

        Strings(highlight["pre_tags"]).ShouldBe(["<mark>"]);
        Strings(highlight["post_tags"]).ShouldBe(["</mark>"]);
        highlight["encoder"]!.GetValue<string>().ShouldBe("html");
        Clauses(highlight["fields"]).SelectMany(f => f.AsObject().Select(p => p.Key))
            .ShouldBe(VacancyQueryBuilder.SnippetFields);
    }

    [Fact]
    public void Build_SortByDistance_SortsOnGeoDistanceInKilometresThenId()
    {
        var sort = Clauses(Full()["sort"]);

        var geo = sort[0]["_geo_distance"]!;
        geo["unit"]!.GetValue<string>().ShouldBe("km");
        geo["location"]!["lat"]!.GetValue<double>().ShouldBe(SearchSamples.Leiden.Latitude);
        sort[^1]["id"]!["order"]!.GetValue<string>().ShouldBe("asc");
    }

    [Fact]
    public void Build_Page3Of10_SkipsTwentyHits()
    {
        var json = Full();

        json["from"]!.GetValue<int>().ShouldBe(20);
        json["size"]!.GetValue<int>().ShouldBe(10);
        json["track_total_hits"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void Build_WithoutTextOrFilters_MatchesAllOpenVacanciesNewestFirst()
    {
        var json = Of(VacancyQueryBuilder.Build("tm-vacancies", VacancySearchRequest.All(SearchSamples.Today)));

        json["query"]!["bool"]!["must"].ShouldBeNull();
        json["highlight"].ShouldBeNull();
        json["post_filter"].ShouldBeNull();
        var sort = Clauses(json["sort"]);
        sort[0]["publishedAt"]!["order"]!.GetValue<string>().ShouldBe("desc");
        sort[1]["id"].ShouldNotBeNull();
        Clauses(json["query"]!["bool"]!["filter"]).Count.ShouldBe(1); // the closing date
    }

    [Theory]
    [InlineData(VacancySort.Salary, "salaryTo")]
    [InlineData(VacancySort.Date, "publishedAt")]
    public void Build_SortByField_DescendingWithMissingLast(VacancySort sort, string field)
    {
        var json = Of(VacancyQueryBuilder.Build("tm-vacancies", VacancySearchRequest.All(SearchSamples.Today) with { Sort = sort }));

        var first = Clauses(json["sort"])[0][field]!;
        first["order"]!.GetValue<string>().ShouldBe("desc");
        first["missing"]!.GetValue<string>().ShouldBe("_last");
    }

    [Fact]
    public void Build_RelevanceWithText_SortsByScoreFirst()
    {
        var request = VacancySearchRequest.All(SearchSamples.Today) with { Text = "nurse" };

        var json = Of(VacancyQueryBuilder.Build("tm-vacancies", request));

        Clauses(json["sort"])[0]["_score"].ShouldNotBeNull();
        json["track_scores"]!.GetValue<bool>().ShouldBeTrue();
    }

    private static JsonArray JsonArrayOf(IReadOnlyList<JsonNode> nodes) => new([.. nodes.Select(n => n.DeepClone())]);
}
