using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Monitoring;

[Collection(MonitorAppCollection.Name)]
public sealed class MonitorPageTests(MonitorWebFactory app)
{
    [Fact]
    public async Task MonitorPage_OnlyForTheMunicipality()
    {
        (await app.NewBrowser().GetAsync("/Municipality/Monitor")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/Login");
        var employer = await People.EmployerBrowserAsync(app, "werk@monitor-page.example");

        (await employer.GetAsync("/Municipality/Monitor")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    [Fact]
    public async Task MonitorPageAndApi_AnAdminMaySee_TheMunicipalitysOtherPagesNot()
    {
        var admin = app.NewBrowser();
        (await Visitor.LoginAsync(admin, MonitorWebFactory.AdminEmail, MonitorWebFactory.Password)).EnsureSuccessStatusCode();

        var page = await HtmlPage.ParseAsync(await admin.GetAsync("/Municipality/Monitor"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Monitor");
        page.QuerySelector("nav a[href='/Municipality/Monitor']").ShouldNotBeNull();
        (await admin.GetAsync("/Municipality/Certificates")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        var api = await People.ApiAsync(app, MonitorWebFactory.AdminEmail, MonitorWebFactory.Password);
        (await api.GetAsync("/api/v1/monitoring/funnel")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await (await MunicipalityAsync()).GetAsync("/Municipality/Certificates")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task MonitorPage_EveryTableHasACaptionAChartOrNotAndACsvLink()
    {
        var browser = await MunicipalityAsync();

        var page = await HtmlPage.ParseAsync(await browser.GetAsync("/Municipality"));

        page.QuerySelector("h1")!.TextContent.ShouldBe("Monitor");
        var sections = page.QuerySelectorAll("section[data-table]");
        sections.Select(s => s.GetAttribute("data-table")).ShouldBe(MonitorApiTests.TableIds);
        sections.ShouldAllBe(s => s.QuerySelector("table caption") != null && s.QuerySelector("a[href*='.csv']") != null);
        page.QuerySelectorAll("canvas[role=img][aria-label][data-chart]").Length.ShouldBe(8);
        page.QuerySelectorAll("td[data-suppressed=true]").Select(td => td.TextContent).Distinct().ShouldBe(["< 5"]);
        page.QuerySelectorAll("td[data-suppressed=false]").ShouldAllBe(td => td.TextContent != "< 5");
        page.QuerySelector("script[src*='chart.umd']").ShouldNotBeNull();
        var csv = sections[0].QuerySelector("a[href*='.csv']")!.GetAttribute("href")!;
        (await browser.GetAsync(csv)).Content.Headers.ContentType!.MediaType.ShouldBe("text/csv", "the page's CSV link works with its cookie");
    }

    [Fact]
    public async Task MonitorPage_InDutch_WithASectorFilter()
    {
        var browser = await MunicipalityAsync();

        var page = await HtmlPage.ParseAsync(await browser.GetAsync("/Municipality/Monitor?culture=nl&sector=healthcare&from=2026-01&to=2026-06"));

        page.QuerySelector("#placements-by-sector-month h2")!.TextContent.ShouldBe("Geplaatste mensen per sector en maand");
        page.QuerySelectorAll("#placements-by-sector-month tbody th").Select(th => th.TextContent).ShouldBe(["Zorg"]);
        page.QuerySelector("#Input_Sector option[selected]")!.GetAttribute("value").ShouldBe("healthcare");
        page.QuerySelector("[data-period]")!.TextContent.ShouldContain("2026-01");
    }

    [Fact]
    public async Task MonitorPage_BadMonth_ShowsTheErrorAtTheField()
    {
        var browser = await MunicipalityAsync();

        var page = await HtmlPage.ParseAsync(await browser.GetAsync("/Municipality/Monitor?from=2026-13"));

        page.QuerySelector("[data-error-summary] a[href='#Input_From']").ShouldNotBeNull();
        page.QuerySelector("#Input_From-error")!.TextContent.ShouldContain("yyyy-MM");
        page.QuerySelectorAll("section[data-table]").ShouldBeEmpty();
    }

    private async Task<HttpClient> MunicipalityAsync()
    {
        var browser = app.NewBrowser();
        (await Visitor.LoginAsync(browser, MonitorWebFactory.MunicipalityEmail, MonitorWebFactory.Password)).EnsureSuccessStatusCode();
        return browser;
    }
}
