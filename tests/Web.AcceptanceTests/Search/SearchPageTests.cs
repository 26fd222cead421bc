using System.Net;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Search;

/// <summary>The /Vacancies search page: results, facets as checkboxes, field errors instead of error pages.</summary>
[Collection(SearchAppCollection.Name)]
public sealed class SearchPageTests(SearchWebFactory app)
{
    private SeededVacancies Seeded => app.Vacancies;

    [Fact]
    public async Task VacanciesPage_SearchLasser_ShowsTheWelderVacanciesAndFacetCheckboxes()
    {
        var response = await app.CreateClient().GetAsync("/Vacancies?q=lasser");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelectorAll("[data-vacancy]").Select(li => Guid.Parse(li.GetAttribute("data-vacancy")!))
            .ShouldBe([Seeded.LeidenWelder, Seeded.GroningenWelder], ignoreOrder: true);
        page.QuerySelector("[role=status]")!.GetAttribute("data-total").ShouldBe("2");
        page.QuerySelector("#Input_Q")!.GetAttribute("value").ShouldBe("lasser");
        page.QuerySelector(".tm-snippet mark").ShouldNotBeNull();
        var construction = page.QuerySelector("[data-facet=sector] input[type=checkbox][name=sector][value=construction]");
        construction.ShouldNotBeNull();
        page.QuerySelector($"label[for='{construction.Id}']")!.TextContent.ShouldContain("(2)");
        page.QuerySelectorAll("[data-facet=contract] input[type=checkbox]").Select(i => i.GetAttribute("value"))
            .ShouldBe(["Permanent", "TemporaryAgency"], ignoreOrder: true);
    }

    [Fact]
    public async Task VacanciesPage_FacetChosen_NarrowsAndKeepsTheBoxTicked()
    {
        var page = await HtmlPage.ParseAsync(await app.CreateClient().GetAsync("/Vacancies?q=lasser&contract=Permanent"));

        page.QuerySelectorAll("[data-vacancy]").Select(li => Guid.Parse(li.GetAttribute("data-vacancy")!)).ShouldBe([Seeded.LeidenWelder]);
        page.QuerySelector("[data-facet=contract] input[value=Permanent]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("[data-facet=contract] input[value=TemporaryAgency]")!.HasAttribute("checked").ShouldBeFalse();
    }

    [Fact]
    public async Task VacanciesPage_UnknownPlace_ShowsFieldErrorNotAnErrorPage()
    {
        var response = await app.CreateClient().GetAsync("/Vacancies?near=Nowhereville");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelector("#Input_Near-error")!.TextContent.Trim().ShouldNotBeEmpty();
        page.QuerySelector("#Input_Near")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#Input_Near")!.GetAttribute("value").ShouldBe("Nowhereville");
        page.QuerySelectorAll("[data-vacancy]").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/Vacancies?radiusKm=10")]
    [InlineData("/Vacancies?sort=distance")]
    [InlineData("/Vacancies?radiusKm=abc")]
    [InlineData("/Vacancies?p=0")]
    [InlineData("/Vacancies?sector=fishing")]
    public async Task VacanciesPage_BadInput_Answers200WithAnErrorShown(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.QuerySelectorAll("[data-error-summary] li").ShouldNotBeEmpty(page.Body!.InnerHtml);
    }

    [Fact]
    public async Task VacanciesPage_NothingFound_ShowsHelp()
    {
        var page = await HtmlPage.ParseAsync(await app.CreateClient().GetAsync("/Vacancies?q=solderer"));

        page.QuerySelector("[role=status]")!.GetAttribute("data-total").ShouldBe("0");
        page.QuerySelector("[data-zero-results]")!.TextContent.ShouldContain("welder");
    }
}
