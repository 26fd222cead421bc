using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>The page frame every page shares: skip link, landmarks, menus, footer and the NL Design System CSS.</summary>
public sealed class LayoutTests(ShellWebFactory factory) : IClassFixture<ShellWebFactory>
{
    private const string Focusable = "a[href], button, input:not([type='hidden']), select, textarea, [tabindex]";

    [Fact]
    public async Task Home_FirstFocusableElement_IsSkipLinkToMain()
    {
        var document = await LocalizationTests.GetAsync(factory.CreateClient(), "/");

        var first = document.QuerySelector(Focusable)!;
        first.GetAttribute("href").ShouldBe("#main");
        first.ClassList.ShouldContain("utrecht-skip-link");
        document.QuerySelectorAll("main").Length.ShouldBe(1);
        document.QuerySelector("main")!.Id.ShouldBe("main");
    }

    [Fact]
    public async Task Home_HasLandmarksOneH1AndLabelledNavs()
    {
        var document = await LocalizationTests.GetAsync(factory.CreateClient(), "/");

        document.DocumentElement.ClassList.ShouldContain("utrecht-theme");
        document.QuerySelector("body > header")!.TextContent.ShouldContain("TalentMatch Leiden");
        document.QuerySelector("body > footer").ShouldNotBeNull();
        document.QuerySelectorAll("h1").Length.ShouldBe(1);
        var labels = document.QuerySelectorAll("nav").Select(n => n.GetAttribute("aria-label")).ToList();
        labels.ShouldAllBe(label => !string.IsNullOrWhiteSpace(label));
        labels.ShouldBeUnique();
    }

    [Fact]
    public async Task Home_Footer_HasEscoAttributionAboutAndApiReference()
    {
        var document = await LocalizationTests.GetAsync(factory.CreateClient(), "/");

        var footer = document.QuerySelector("footer")!;
        footer.TextContent.ShouldContain("This service uses the ESCO classification of the European Commission.");
        footer.QuerySelector("a[href='/About']").ShouldNotBeNull();
        footer.QuerySelector("a[href='/api-reference']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Home_Anonymous_MenuOffersLoginAndRegistration()
    {
        var document = await LocalizationTests.GetAsync(factory.CreateClient(), "/");

        var menu = document.QuerySelector("header nav[aria-label='Main menu']")!;
        Hrefs(menu).ShouldBe(["/Vacancies", "/Account/Login", "/Account/Register", "/Account/RegisterEmployer"]);
        menu.QuerySelector("form[action='/Account/Logout']").ShouldBeNull();
    }

    [Fact]
    public async Task Home_SignedInMunicipality_MenuOffersMonitoringAndLogout()
    {
        var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true",
            new { email = ShellWebFactory.MunicipalityEmail, password = ShellWebFactory.MunicipalityPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);

        var document = await LocalizationTests.GetAsync(client, "/");

        var menu = document.QuerySelector("header nav[aria-label='Main menu']")!;
        Hrefs(menu).ShouldBe(["/Vacancies", "/Municipality/Monitor", "/Municipality/Certificates", "/Municipality/Resources"]);
        var logout = menu.QuerySelector("form[action='/Account/Logout']")!;
        logout.GetAttribute("method").ShouldBe("post");
        logout.QuerySelector("input[name='__RequestVerificationToken']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Layout_Stylesheets_AreServedAsCss()
    {
        var client = factory.CreateClient();
        var document = await LocalizationTests.GetAsync(client, "/");

        var stylesheets = document.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")!).ToList();
        stylesheets.ShouldContain(href => href.Contains("/lib/utrecht/component-library-css/"));
        stylesheets.ShouldContain(href => href.Contains("/lib/utrecht/design-tokens/"));
        stylesheets.ShouldContain(href => href.Contains("/css/site"));
        foreach (var href in stylesheets)
        {
            var response = await client.GetAsync(href);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, href);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/css", href);
            (await response.Content.ReadAsStringAsync()).Length.ShouldBeGreaterThan(100, href);
        }
    }

    [Fact]
    public async Task About_ExplainsServiceAndLinksToEscoPortal()
    {
        var document = await LocalizationTests.GetAsync(factory.CreateClient(), "/About");

        document.QuerySelector("h1")!.TextContent.ShouldBe("About TalentMatch");
        document.QuerySelector("main a[href^='https://esco.ec.europa.eu']").ShouldNotBeNull();
        document.QuerySelector("main")!.TextContent.ShouldContain("This service uses the ESCO classification of the European Commission.");
    }

    private static List<string> Hrefs(IElement menu) =>
        menu.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
}
