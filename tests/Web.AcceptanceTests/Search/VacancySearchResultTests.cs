using System.Text.Json;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>Order, paging, snippets and the help given when nothing is found.</summary>
[Collection(SearchAppCollection.Name)]
public sealed class VacancySearchResultTests(SearchWebFactory app)
{
    private SeededVacancies Seeded => app.Vacancies;

    [Fact]
    public async Task Search_SortByDate_NewestPublishedFirst()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?sort=date");

        answer.Ids().ShouldBe([Seeded.GroningenWelder, Seeded.Nurse, Seeded.LeidenWelder]);
        var published = answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        published.ShouldBe(published.OrderDescending().ToList());
    }

    [Fact]
    public async Task Search_SortBySalary_HighestFirst()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?sort=salary");

        answer.Ids().ShouldBe([Seeded.Nurse, Seeded.LeidenWelder, Seeded.GroningenWelder]);
    }

    [Fact]
    public async Task Search_SortByDistanceFromLeiden_GroningenLast_WithDistances()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?near=Leiden&sort=distance");

        answer.Ids().Count.ShouldBe(3);
        answer.Ids()[^1].ShouldBe(Seeded.GroningenWelder);
        var distances = answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        distances.ShouldBe(distances.Order().ToList());
        distances[0].ShouldBeLessThan(2);
        distances[^1].ShouldBeInRange(120, 220);
    }

    [Fact]
    public async Task Search_PagedByTwo_TotalCountsAllPages_AndPagesDoNotOverlap()
    {
        var client = app.CreateClient();

        var first = await client.GetOkAsync("/api/v1/vacancies?sort=date&pageSize=2&page=1");
        var second = await client.GetOkAsync("/api/v1/vacancies?sort=date&pageSize=2&page=2");
        var beyond = await client.GetOkAsync("/api/v1/vacancies?sort=date&pageSize=2&page=3");

        first.GetProperty("total").GetInt64().ShouldBe(3);
        second.GetProperty("total").GetInt64().ShouldBe(3);
        first.GetProperty("page").GetInt32().ShouldBe(1);
        second.GetProperty("page").GetInt32().ShouldBe(2);
        first.GetProperty("pageSize").GetInt32().ShouldBe(2);
        first.Ids().ShouldBe([Seeded.GroningenWelder, Seeded.Nurse]);
        second.Ids().ShouldBe([Seeded.LeidenWelder]);
        beyond.Ids().ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_ByWordInDescription_SnippetMarksTheWord_AndCarriesNoScript()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?q=lasser");

        var leiden = answer.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == Seeded.LeidenWelder);
        var snippet = leiden.GetProperty("snippet").GetString();
        snippet.ShouldNotBeNull();
        snippet.ShouldContain("<mark>lasser</mark>", Case.Insensitive);
        snippet.ShouldNotContain("<script", Case.Insensitive);
    }

    [Fact]
    public async Task Search_NothingWithinRadius_HelpOffersTheWiderRadiusThatFindsSome()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?near=Leiden&radiusKm=25&contract=TemporaryAgency");

        answer.GetProperty("total").GetInt64().ShouldBe(0);
        answer.Ids().ShouldBeEmpty();
        var wider = answer.GetProperty("help").GetProperty("widerRadius");
        wider.GetProperty("radiusKm").GetDouble().ShouldBe(200);
        wider.GetProperty("total").GetInt64().ShouldBe(1);
        var check = await app.CreateClient().GetOkAsync("/api/v1/vacancies?near=Leiden&radiusKm=200&contract=TemporaryAgency");
        check.Ids().ShouldBe([Seeded.GroningenWelder]);
    }

    [Fact]
    public async Task Search_OccupationWithoutVacancies_HelpOffersRelatedOccupationThatHasSome()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?q=solderer");

        answer.GetProperty("total").GetInt64().ShouldBe(0);
        var help = answer.GetProperty("help");
        help.GetProperty("widerRadius").ValueKind.ShouldBe(JsonValueKind.Null);
        var related = help.GetProperty("relatedOccupations").EnumerateArray()
            .Single(r => r.GetProperty("uri").GetString() == Vacancies.People.WelderUri);
        related.GetProperty("total").GetInt64().ShouldBe(2);
        related.GetProperty("label").GetString().ShouldBe("welder");
    }

    [Fact]
    public async Task Search_MisspelledTitle_StillFindsTheWelderVacancies()
    {
        var answer = await app.CreateClient().GetOkAsync("/api/v1/vacancies?q=lassre");

        answer.Ids().ShouldBe([Seeded.LeidenWelder, Seeded.GroningenWelder], ignoreOrder: true);
    }

    [Fact]
    public async Task Search_MisspelledTitleFindingNothing_HelpSuggestsTheSpellingTheTaxonomyKnows()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        var answer = await client.GetOkAsync("/api/v1/vacancies?q=lassre&sponsorsVisa=true");

        answer.GetProperty("total").GetInt64().ShouldBe(0);
        answer.GetProperty("help").GetProperty("didYouMean").GetString().ShouldBe("lasser");
    }
}
