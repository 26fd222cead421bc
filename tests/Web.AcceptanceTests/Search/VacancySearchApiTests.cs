using System.Text.Json;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>GET /api/v1/vacancies over the real Lucene index: text in five languages and every filter.</summary>
[Collection(SearchAppCollection.Name)]
public sealed class VacancySearchApiTests(SearchWebFactory app)
{
    private SeededVacancies Seeded => app.Vacancies;

    [Theory]
    [InlineData("lasser")]
    [InlineData("spawacz")]
    [InlineData("soudeur")]
    [InlineData("soldador")]
    [InlineData("welder")]
    [InlineData("LASSER")]
    public async Task Search_ByWelderTitleInAnyLanguage_FindsBothOpenWelderVacancies(string q)
    {
        var answer = await app.CreateClient().GetOkAsync($"/api/v1/vacancies?q={q}");

        answer.Ids().ShouldBe([Seeded.LeidenWelder, Seeded.GroningenWelder], ignoreOrder: true);
        answer.GetProperty("total").GetInt64().ShouldBe(2);
        answer.GetProperty("help").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Search_DraftAndClosedWelderVacancies_AreNeverFound()
    {
        var client = app.CreateClient();

        var byTitle = await client.GetOkAsync("/api/v1/vacancies?q=lasser&pageSize=100");
        var everything = await client.GetOkAsync("/api/v1/vacancies?pageSize=100");
        var byOccupation = await client.GetOkAsync($"/api/v1/vacancies?occupation={Vacancies.People.WelderUri}");

        foreach (var answer in new[] { byTitle, everything, byOccupation })
        {
            answer.Ids().ShouldNotContain(Seeded.Draft);
            answer.Ids().ShouldNotContain(Seeded.Closed);
        }

        everything.Ids().ShouldBe(Seeded.Open, ignoreOrder: true);
        everything.GetProperty("total").GetInt64().ShouldBe(3);
        byOccupation.Ids().ShouldBe([Seeded.LeidenWelder, Seeded.GroningenWelder], ignoreOrder: true);
    }

    [Theory]
    [InlineData("sector=construction", "LeidenWelder,GroningenWelder")]
    [InlineData("sector=healthcare", "Nurse")]
    [InlineData("sector=healthcare&sector=construction", "LeidenWelder,Nurse,GroningenWelder")]
    [InlineData("contract=Permanent", "LeidenWelder")]
    [InlineData("contract=Permanent,TemporaryAgency", "LeidenWelder,GroningenWelder")]
    [InlineData("near=Leiden&radiusKm=25", "LeidenWelder,Nurse")]
    [InlineData("near=Groningen&radiusKm=25", "GroningenWelder")]
    [InlineData("hoursMin=36", "LeidenWelder,GroningenWelder")]
    [InlineData("hoursMax=30", "Nurse")]
    [InlineData("hoursMin=33&hoursMax=38", "LeidenWelder,GroningenWelder")]
    [InlineData("salaryMin=3500", "Nurse")]
    [InlineData("salaryMin=3000", "LeidenWelder,Nurse")]
    [InlineData("sponsorsVisa=true", "Nurse")]
    [InlineData("sponsorsVisa=false", "LeidenWelder,GroningenWelder")]
    [InlineData("housing=true", "Nurse")]
    [InlineData("language=nl:B1", "LeidenWelder")]
    [InlineData("language=nl:A2", "GroningenWelder")]
    [InlineData("q=lasser&near=Leiden&radiusKm=10", "LeidenWelder")]
    [InlineData("q=lasser&sponsorsVisa=true", "")]
    [InlineData("q=lasser%20in%20Groningen", "LeidenWelder,GroningenWelder")]
    public async Task Search_WithFilter_FindsOnlyTheVacanciesThatPass(string query, string expected)
    {
        var answer = await app.CreateClient().GetOkAsync($"/api/v1/vacancies?{query}");

        answer.Ids().ShouldBe(Seeded.Named(expected), ignoreOrder: true);
        answer.GetProperty("total").GetInt64().ShouldBe(Seeded.Named(expected).Count);
    }

    [Fact]
    public async Task Search_WithSectorFilter_FacetsCountTheRestAndIgnoreTheirOwnFilter()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?sector=construction");

        answer.Facet("sector").ShouldBe(new Dictionary<string, long> { ["construction"] = 2, ["healthcare"] = 1 }, ignoreOrder: true);
        answer.Facet("contract").ShouldBe(new Dictionary<string, long> { ["Permanent"] = 1, ["TemporaryAgency"] = 1 }, ignoreOrder: true);
        answer.Facet("language").ShouldBe(new Dictionary<string, long> { ["nl:B1"] = 1, ["nl:A2"] = 1 }, ignoreOrder: true);
        answer.Facet("sponsorship").ShouldBe(new Dictionary<string, long> { ["false"] = 2 });
        answer.Facet("occupationGroup").ShouldBe(new Dictionary<string, long> { ["721"] = 2 });
        var group = answer.GetProperty("facets").GetProperty("occupationGroup")[0];
        group.GetProperty("label").GetString().ShouldNotBe("721");
    }

    [Fact]
    public async Task Search_WithTwoFacetFilters_EachFacetIgnoresOnlyItsOwn()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?sector=construction&contract=Permanent");

        answer.Ids().ShouldBe([Seeded.LeidenWelder]);
        answer.Facet("sector").ShouldBe(new Dictionary<string, long> { ["construction"] = 1 });
        answer.Facet("contract").ShouldBe(new Dictionary<string, long> { ["Permanent"] = 1, ["TemporaryAgency"] = 1 }, ignoreOrder: true);
        answer.Facet("sponsorship").ShouldBe(new Dictionary<string, long> { ["false"] = 1 });
    }
}
