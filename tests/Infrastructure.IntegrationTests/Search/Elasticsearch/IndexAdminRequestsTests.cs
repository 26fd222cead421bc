using TalentMatch.Infrastructure.Search.Elasticsearch;
using static TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EsJson;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class IndexAdminRequestsTests
{
    [Fact]
    public void Swap_RemovesTheAliasFromOldIndexesAndAddsItToTheNewOneInOneRequest()
    {
        var json = Of(IndexAdminRequests.Swap("tm-vacancies", ["tm-vacancies-1", "tm-vacancies-2"], "tm-vacancies-3"));

        var actions = Clauses(json["actions"]);
        actions.Count.ShouldBe(3);
        actions[0]["remove"]!["index"]!.GetValue<string>().ShouldBe("tm-vacancies-1");
        actions[1]["remove"]!["index"]!.GetValue<string>().ShouldBe("tm-vacancies-2");
        actions[2]["add"]!["index"]!.GetValue<string>().ShouldBe("tm-vacancies-3");
        actions.ShouldAllBe(a => Find(a, "alias").Single().GetValue<string>() == "tm-vacancies");
    }

    [Fact]
    public void Swap_WithoutOldIndex_OnlyAdds()
    {
        var actions = Clauses(Of(IndexAdminRequests.Swap("tm-vacancies", [], "tm-vacancies-3"))["actions"]);

        actions.Single()["add"]!["index"]!.GetValue<string>().ShouldBe("tm-vacancies-3");
    }

    [Fact]
    public void State_CountsAndTakesTheMaximumVersionWithoutHits()
    {
        var json = Of(IndexAdminRequests.State("tm-vacancies", VacancyFields.Version));

        json["size"]!.GetValue<int>().ShouldBe(0);
        json["track_total_hits"]!.GetValue<bool>().ShouldBeTrue();
        json["aggregations"]![IndexAdminRequests.MaxVersion]!["max"]!["field"]!.GetValue<string>().ShouldBe("version");
    }

    [Fact]
    public void Create_WithAlias_MakesTheIndexLive()
    {
        var json = Of(IndexAdminRequests.Create("tm-vacancies-1", "tm-vacancies"));

        json["aliases"]!["tm-vacancies"].ShouldNotBeNull();
    }
}
