using System.Net;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Matching;

/// <summary>The matching pages: a candidate's matches, a vacancy's candidates, and the employer's candidate search.</summary>
[Collection(MatchingAppCollection.Name)]
public sealed class MatchingPageTests(MatchingWebFactory app)
{
    private MatchingWorld World => app.World;

    private async Task<HttpClient> BrowserAsync(MatchingPerson person, string? language = null)
    {
        var browser = app.NewBrowser();
        (await Visitor.LoginAsync(browser, person.Email)).EnsureSuccessStatusCode();
        if (language is not null)
        {
            browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return browser;
    }

    [Fact]
    public async Task CandidateMatches_ShowsTheWelderVacancyWithWhyThisMatchAndRoutes()
    {
        var page = await HtmlPage.ParseAsync(await (await BrowserAsync(World.Zofia)).GetAsync("/Candidate/Matches"));

        var match = page.QuerySelector($"[data-vacancy='{World.BuilderVacancy}']");
        match.ShouldNotBeNull(page.Body!.InnerHtml);
        match.QuerySelector("summary")!.TextContent.ShouldBe("Why this match");
        match.QuerySelector("a")!.TextContent.ShouldBe("Lasser bouwplaats");
        var vca = match.QuerySelector("[data-explanation=missing] [data-criterion=certificate]");
        vca.ShouldNotBeNull();
        vca.QuerySelectorAll(".tm-routes a[href^='http']").ShouldNotBeEmpty();
        match.QuerySelector("[data-explanation=partly-met] [data-criterion=language]").ShouldNotBeNull();
        page.QuerySelector("[data-no-matches]").ShouldBeNull();
    }

    [Fact]
    public async Task CandidateMatches_InDutch_ShowsDutchHeadings()
    {
        var page = await HtmlPage.ParseAsync(await (await BrowserAsync(World.Zofia, "nl")).GetAsync("/Candidate/Matches"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Mijn matches");
        page.QuerySelector($"[data-vacancy='{World.BuilderVacancy}'] summary")!.TextContent.ShouldBe("Waarom deze match");
        page.QuerySelector("[data-explanation=missing]")!.PreviousElementSibling!.TextContent.ShouldBe("Ontbreekt");
    }

    [Fact]
    public async Task EmployerVacancyMatches_ForOwner_ShowsAnonymousVisibleCandidates()
    {
        var response = await (await BrowserAsync(World.Builder)).GetAsync($"/Employer/Vacancies/Matches/{World.BuilderVacancy}");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        var ids = page.QuerySelectorAll("[data-candidate]").Select(e => Guid.Parse(e.GetAttribute("data-candidate")!)).ToList();
        ids.ShouldContain(World.Zofia.Id);
        ids.ShouldNotContain(World.Hidden.Id);
        ids.ShouldNotContain(World.Ravi.Id);
        page.QuerySelector($"[data-candidate='{World.Zofia.Id}'] summary")!.TextContent.ShouldBe("Why this match");
        html.ShouldNotContain("Kowalska");
        html.ShouldNotContain(World.Zofia.Email);
    }

    [Fact]
    public async Task EmployerVacancyMatches_AnotherEmployersVacancy_Answers404()
    {
        var response = await (await BrowserAsync(World.Stranger)).GetAsync($"/Employer/Vacancies/Matches/{World.BuilderVacancy}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EmployerCandidates_SearchLasser_ShowsVisibleCardsOnly()
    {
        var page = await HtmlPage.ParseAsync(await (await BrowserAsync(World.Builder)).GetAsync("/Employer/Candidates?q=lasser"));

        var ids = page.QuerySelectorAll("[data-candidate]").Select(e => Guid.Parse(e.GetAttribute("data-candidate")!)).ToList();
        ids.ShouldContain(World.Zofia.Id);
        ids.ShouldNotContain(World.Hidden.Id);
        ids.ShouldNotContain(World.Ravi.Id);
    }

    [Fact]
    public async Task EmployerCandidates_UnknownPlace_ShowsFieldError()
    {
        var response = await (await BrowserAsync(World.Builder)).GetAsync("/Employer/Candidates?near=Nowhereville");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).QuerySelector("#Input_Near-error")!.TextContent.Trim().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task MatchingPages_WrongRole_AreDenied()
    {
        var candidate = await BrowserAsync(World.Zofia);
        var employer = await BrowserAsync(World.Builder);

        (await candidate.GetAsync("/Employer/Candidates")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await employer.GetAsync("/Candidate/Matches")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }
}
