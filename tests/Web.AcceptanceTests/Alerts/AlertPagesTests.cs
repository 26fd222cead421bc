using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

[Collection(AlertsAppCollection.Name)]
public sealed class AlertPagesTests(AlertsWebFactory app)
{
    private const string Search = "/Vacancies?q=lasser&near=Leiden&radiusKm=25&sector=construction";

    [Fact]
    public async Task VacancySearch_Anonymous_SeesAHintToLogIn_NotTheForm()
    {
        var page = await HtmlPage.ParseAsync(await app.NewBrowser().GetAsync(Search));

        page.QuerySelector("[data-save-alert]").ShouldBeNull();
        page.QuerySelector("[data-alert-login-hint] a")!.GetAttribute("href")!.ShouldStartWith("/Account/Login?returnUrl=%2FVacancies%3Fq%3Dlasser");
    }

    [Fact]
    public async Task VacancySearch_SaveAsAlert_RedirectsBackToTheSearch_AndTheAlertsPageListsIt()
    {
        var ana = await AlertPerson.CandidateAsync(app);

        var form = await HtmlForm.LoadAsync(ana.Browser, Search, "form[data-save-alert]");
        var response = await form.Set("AlertFrequency", "Daily").PostAsync(ana.Browser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.RequestMessage!.Method.ShouldBe(HttpMethod.Get); // post, redirect, get
        response.RequestMessage.RequestUri!.PathAndQuery.ShouldContain("q=lasser");
        (await HtmlPage.ParseAsync(response)).QuerySelector("[data-alert-saved]").ShouldNotBeNull();
        var alerts = await HtmlPage.ParseAsync(await ana.Browser.GetAsync("/Alerts"));
        var item = alerts.QuerySelector("[data-alert]")!;
        item.QuerySelector("h2")!.TextContent.ShouldBe("lasser · Leiden · 25 km");
        item.TextContent.ShouldContain("“lasser”, within 25 km of Leiden, Construction");
        item.QuerySelector("[data-frequency]")!.GetAttribute("data-frequency").ShouldBe("Daily");
        var saved = (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts"))[0];
        saved.GetProperty("search").GetProperty("sector")[0].GetString().ShouldBe("construction");
    }

    [Fact]
    public async Task AlertsPage_PauseResumeDelete_EachRedirectsToTheList()
    {
        var ana = await AlertPerson.CandidateAsync(app);
        var id = await CreateAsync(ana);

        var paused = await (await HtmlForm.LoadAsync(ana.Browser, "/Alerts", $"form[action*='handler=Pause']")).PostAsync(ana.Browser);
        var pausedPage = await HtmlPage.ParseAsync(paused);
        var resumed = await (await HtmlForm.LoadAsync(ana.Browser, "/Alerts", $"form[action*='handler=Resume']")).PostAsync(ana.Browser);
        var resumedPage = await HtmlPage.ParseAsync(resumed);
        var deleted = await (await HtmlForm.LoadAsync(ana.Browser, "/Alerts", $"form[data-delete='{id}']")).PostAsync(ana.Browser);

        pausedPage.QuerySelector($"[data-alert='{id}']")!.GetAttribute("data-paused").ShouldBe("true");
        pausedPage.QuerySelector("[role=status]")!.TextContent.ShouldContain("The alert is paused.");
        resumedPage.QuerySelector($"[data-alert='{id}']")!.GetAttribute("data-paused").ShouldBe("false");
        deleted.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Alerts");
        (await HtmlPage.ParseAsync(deleted)).QuerySelector("[data-no-alerts]").ShouldNotBeNull();
    }

    [Fact]
    public async Task EditPage_BadQuietHours_ShowsFieldErrors_AndChangesNothing_GoodInputRedirects()
    {
        var ana = await AlertPerson.CandidateAsync(app, "nl");
        var id = await CreateAsync(ana);

        var bad = await (await HtmlForm.LoadAsync(ana.Browser, $"/Alerts/Edit/{id}"))
            .Set("Input.QuietFrom", "22:00").Set("Input.QuietUntil", "22:00").PostAsync(ana.Browser);
        var badPage = await HtmlPage.ParseAsync(bad);
        var good = await (await HtmlForm.LoadAsync(ana.Browser, $"/Alerts/Edit/{id}"))
            .Set("Input.Name", "Lassen in Leiden").Set("Input.Frequency", "Weekly")
            .Set("Input.QuietFrom", "21:00").Set("Input.QuietUntil", "07:30").PostAsync(ana.Browser);

        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        badPage.FieldError("Input.QuietUntil").ShouldBe("De stille uren moeten op een ander tijdstip eindigen dan ze beginnen.");
        badPage.QuerySelector("[data-error-summary]").ShouldNotBeNull();
        good.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Alerts");
        var alert = await ana.Api.GetFromJsonAsync<JsonElement>($"/api/v1/me/alerts/{id}");
        (alert.GetProperty("name").GetString(), alert.GetProperty("frequency").GetString(), alert.GetProperty("quietUntil").GetString())
            .ShouldBe(("Lassen in Leiden", "Weekly", "07:30"));
    }

    [Fact]
    public async Task EditPage_OfSomeoneElsesAlert_Is404()
    {
        var ana = await AlertPerson.CandidateAsync(app);
        var bo = await AlertPerson.CandidateAsync(app);
        var id = await CreateAsync(ana);

        (await bo.Browser.GetAsync($"/Alerts/Edit/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.NewBrowser().GetAsync("/Alerts")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task CandidateMatches_SwitchOn_ThenOff()
    {
        var ana = await AlertPerson.CandidateAsync(app);

        var on = await (await HtmlForm.LoadAsync(ana.Browser, "/Candidate/Matches", "form[action*='handler=AlertOn']"))
            .Set("frequency", "Weekly").PostAsync(ana.Browser);
        var onPage = await HtmlPage.ParseAsync(on);
        var alerts = await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts");
        var off = await (await HtmlForm.LoadAsync(ana.Browser, "/Candidate/Matches", "form[action*='handler=AlertOff']")).PostAsync(ana.Browser);

        onPage.QuerySelector("[data-alert-switch]")!.GetAttribute("data-on").ShouldBe("true");
        (alerts[0].GetProperty("kind").GetString(), alerts[0].GetProperty("frequency").GetString()).ShouldBe(("MatchingVacancies", "Weekly"));
        (await HtmlPage.ParseAsync(off)).QuerySelector("[data-alert-switch]")!.GetAttribute("data-on").ShouldBe("false");
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task VacancyMatches_SwitchOn_ForTheEmployersPublishedVacancy()
    {
        var employer = await AlertPerson.EmployerAsync(app, "Lasser met alert");
        var url = $"/Employer/Vacancies/Matches/{employer.VacancyId}";

        var on = await (await HtmlForm.LoadAsync(employer.Browser, url, "form[action*='handler=AlertOn']")).PostAsync(employer.Browser);

        on.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(url);
        (await HtmlPage.ParseAsync(on)).QuerySelector("[data-alert-switch]")!.GetAttribute("data-on").ShouldBe("true");
        var alert = (await employer.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts"))[0];
        alert.GetProperty("vacancyId").GetGuid().ShouldBe(employer.VacancyId);
        alert.GetProperty("name").GetString().ShouldBe("Candidates for Lasser met alert");
        var list = await HtmlPage.ParseAsync(await employer.Browser.GetAsync("/Alerts"));
        list.QuerySelector("[data-alert]")!.TextContent.ShouldContain("New visible candidates who match the vacancy Lasser met alert");
        (await HtmlPage.ParseAsync(await employer.Browser.GetAsync("/Alerts"))).QuerySelector("nav a[href='/Alerts']").ShouldNotBeNull();
    }

    [Fact]
    public async Task AlertsPage_InDutch_IsDutch()
    {
        var ana = await AlertPerson.CandidateAsync(app, "nl");
        await CreateAsync(ana);

        var page = await HtmlPage.ParseAsync(await ana.Browser.GetAsync("/Alerts"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Mijn alerts");
        page.QuerySelector("[data-frequency]")!.TextContent.ShouldBe("Zodra er iets nieuws is gevonden");
    }

    private static async Task<Guid> CreateAsync(AlertPerson person)
    {
        var created = await person.Api.PostAsJsonAsync("/api/v1/me/alerts",
            new { kind = "SavedSearch", search = new { q = "lasser", near = "Leiden", radiusKm = 25 } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
