using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>English by default, Dutch from the browser, and the language switch (cookie) over both.</summary>
public sealed class LocalizationTests(ShellWebFactory factory) : IClassFixture<ShellWebFactory>
{
    [Fact]
    public async Task Home_WithoutLanguagePreference_IsEnglish()
    {
        var document = await GetAsync(factory.CreateClient(), "/");

        document.DocumentElement.GetAttribute("lang").ShouldBe("en");
        document.QuerySelector("h1")!.TextContent.ShouldBe("Find work or talent in Leiden");
    }

    [Fact]
    public async Task Home_WithDutchBrowser_IsDutch()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL,nl;q=0.9,en;q=0.5");

        var document = await GetAsync(client, "/");

        document.DocumentElement.GetAttribute("lang").ShouldBe("nl");
        document.QuerySelector("h1")!.TextContent.ShouldBe("Vind werk of talent in Leiden");   // Resources/Pages/Index.nl.resx
        document.QuerySelector("a[href='#main']")!.TextContent.ShouldBe("Direct naar de inhoud");   // Resources/Pages/Shared/_Layout.nl.resx
        document.QuerySelector("nav[aria-label='Hoofdmenu']").ShouldNotBeNull();   // Resources/Pages/Shared/_MainNav.nl.resx
    }

    [Fact]
    public async Task LanguageSwitch_ChoosingDutch_OverridesEnglishBrowserOnLaterRequests()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var home = await GetAsync(client, "/About?from=test");
        var form = LanguageForm(home, "nl");
        form.QuerySelector<IHtmlInputElement>("input[name='returnUrl']")!.Value.ShouldBe("/About?from=test");

        var switched = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(Fields(form)));

        switched.StatusCode.ShouldBe(HttpStatusCode.OK);
        switched.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/About?from=test");
        var later = await GetAsync(client, "/");
        later.DocumentElement.GetAttribute("lang").ShouldBe("nl");
        later.QuerySelector("h1")!.TextContent.ShouldBe("Vind werk of talent in Leiden");
        later.QuerySelector("button[lang='nl']")!.GetAttribute("aria-current").ShouldBe("true");
        later.QuerySelector("button[lang='en']")!.HasAttribute("aria-current").ShouldBeFalse();
    }

    [Fact]
    public async Task LanguageSwitch_IsAFormPerLanguageWithAntiforgeryToken()
    {
        var home = await GetAsync(factory.CreateClient(), "/");

        foreach (var (culture, name) in new[] { ("en", "English"), ("nl", "Nederlands") })
        {
            var form = LanguageForm(home, culture);
            form.GetAttribute("method").ShouldBe("post");
            form.QuerySelector("input[name='__RequestVerificationToken']").ShouldNotBeNull();
            form.QuerySelector($"button[lang='{culture}']")!.TextContent.Trim().ShouldBe(name);
        }
    }

    [Fact]
    public async Task LanguageSwitch_WithoutAntiforgeryToken_IsRejectedWithFriendlyPage()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/culture")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "nl", ["returnUrl"] = "/" }),
        };
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith(".AspNetCore.Culture="));
        (await HtmlPage.ParseAsync(response)).QuerySelector("h1")!.TextContent.ShouldBe("Something went wrong with your request");
    }

    [Fact]
    public void DutchTexts_AreEmbeddedUnderTheViewPathNames_IViewLocalizerLooksUp()
    {
        // IViewLocalizer: "/Pages/Shared/_Layout.cshtml" -> TalentMatch.Web.Resources.Pages.Shared._Layout
        // (RootNamespace + ResourcesPath + view path). Resources/Pages/Shared/_Layout.nl.resx compiles to exactly that.
        var satellite = typeof(Program).Assembly.GetSatelliteAssembly(CultureInfo.GetCultureInfo("nl"));

        satellite.GetManifestResourceNames().ShouldContain("TalentMatch.Web.Resources.Pages.Index.nl.resources");
        satellite.GetManifestResourceNames().ShouldContain("TalentMatch.Web.Resources.Pages.Shared._Layout.nl.resources");
    }

    internal static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await HtmlPage.ParseAsync(response);
    }

    private static IElement LanguageForm(IDocument document, string culture) =>
        document.QuerySelectorAll("form[action='/culture']")
            .Single(f => f.QuerySelector<IHtmlInputElement>("input[name='culture']")!.Value == culture);

    private static Dictionary<string, string> Fields(IElement form) =>
        form.QuerySelectorAll<IHtmlInputElement>("input[name]").ToDictionary(i => i.Name!, i => i.Value);
}
