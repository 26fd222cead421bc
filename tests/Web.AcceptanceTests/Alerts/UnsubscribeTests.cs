using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

/// <summary>
/// One-click unsubscribe over HTTP (RFC 8058), with tokens the app itself signs: GET asks and changes nothing; POST
/// without login or antiforgery unsubscribes; a second use says "already"; an altered or cut token is a 400.
/// </summary>
[Collection(AlertsAppCollection.Name)]
public sealed class UnsubscribeTests(AlertsWebFactory app)
{
    [Fact]
    public async Task Get_ShowsTheAlertInTheEmailsLanguage_AndChangesNothing()
    {
        var (ana, alert) = await AlertAsync();
        var client = app.CreateClient(); // no cookie: a mail scanner or a phone
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.GetAsync(Link(alert, "nl"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPage.ParseAsync(response);
        page.DocumentElement.GetAttribute("lang").ShouldBe("nl");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Afmelden voor alerts");
        page.QuerySelector("[data-alert-names]")!.TextContent.ShouldContain("lasser · Leiden · 25 km");
        (await client.GetAsync(Link(alert, "nl"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task OneClickPost_WithoutLoginOrAntiforgery_Unsubscribes_ASecondUseIsAlready()
    {
        var (ana, alert) = await AlertAsync();
        var mailClient = app.CreateClient();
        var link = Link(alert, "en");

        var first = await mailClient.PostAsync(link, OneClick());
        var second = await mailClient.PostAsync(link, OneClick());
        var afterwards = await mailClient.GetAsync(link);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(first)).QuerySelector("[data-unsubscribed]").ShouldNotBeNull();
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(0);
        second.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HtmlPage.ParseAsync(second)).QuerySelector("[data-already-unsubscribed]")!.TextContent
            .ShouldContain("already unsubscribed");
        afterwards.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ConfirmButton_OnTheGetPage_Unsubscribes()
    {
        var (ana, alert) = await AlertAsync();
        var browser = app.NewBrowser();

        var form = await HtmlForm.LoadAsync(browser, Link(alert, "en"));
        var response = await form.PostAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPage.ParseAsync(response)).QuerySelector("[data-unsubscribed]").ShouldNotBeNull();
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task TamperedTruncatedOrMissingToken_Is400WithAClearMessage_AndUnsubscribesNothing()
    {
        var (ana, alert) = await AlertAsync();
        var token = Token(alert, "en");
        var client = app.CreateClient();
        string[] bad =
        [
            $"/alerts/unsubscribe?token={Uri.EscapeDataString(token[..^6])}",
            $"/alerts/unsubscribe?token={Uri.EscapeDataString(token[..20] + (token[20] == 'Q' ? 'R' : 'Q') + token[21..])}",
            "/alerts/unsubscribe?token=hello",
            "/alerts/unsubscribe",
        ];

        foreach (var url in bad)
        {
            var get = await client.GetAsync(url);
            var post = await client.PostAsync(url, OneClick());
            get.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
            post.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
            (await HtmlPage.ParseAsync(post)).QuerySelector("[data-invalid-link]")!.TextContent.ShouldContain("not valid");
        }

        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(1);
    }

    private async Task<(AlertPerson Ana, Guid Alert)> AlertAsync()
    {
        var ana = await AlertPerson.CandidateAsync(app);
        var created = await ana.Api.PostAsJsonAsync("/api/v1/me/alerts",
            new { kind = "SavedSearch", search = new { q = "lasser", near = "Leiden", radiusKm = 25 } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (ana, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private string Token(Guid alert, string culture) =>
        app.Services.GetRequiredService<IUnsubscribeTokens>().Create(new UnsubscribeToken([new AlertSubscriptionId(alert)], culture));

    private string Link(Guid alert, string culture) => $"/alerts/unsubscribe?token={Uri.EscapeDataString(Token(alert, culture))}";

    private static FormUrlEncodedContent OneClick() => new(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
}
