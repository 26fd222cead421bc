using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email.File;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

/// <summary>
/// The whole path in the running app with the file provider: a recorded delivery (this test stands in for the
/// matcher) → the background alert mailer → outbox → dispatcher → one .eml in the data folder, whose links work.
/// </summary>
public sealed class AlertFileMailTests
{
    private static readonly Dictionary<string, string?> Fast = new()
    {
        ["Alerts:Mailing:PollInterval"] = "00:00:00.200",
        ["Email:Dispatcher:PollInterval"] = "00:00:00.200",
        ["App:PublicBaseUrl"] = "http://localhost/",
    };

    [Fact]
    public async Task InstantAlert_IsOneLocalisedEml_WithBothPartsAndHeaders_WhoseLinksWorkThroughTheApp()
    {
        using var app = new TalentMatchWebFactory(Fast);
        var ana = await AlertPerson.CandidateAsync(app, "nl");
        var employer = await AlertPerson.EmployerAsync(app, "Lasser bij de dijk");
        var created = await ana.Api.PostAsJsonAsync("/api/v1/me/alerts",
            new { kind = "SavedSearch", search = new { q = "verpleegkundige", near = "Leiden", radiusKm = 25 } });
        var alert = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await app.WithDbAsync(async db =>
        {
            db.AlertDeliveries.Add(AlertDelivery.Found(new AlertSubscriptionId(alert), employer.VacancyId, 87,
                "Past bij “verpleegkundige”, 0 km van Leiden", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        var message = await AlertEmls.WaitForOneAsync(app, ana.Email);

        message.Subject.ShouldBe("1 nieuwe vacature voor je alert ‘verpleegkundige · Leiden · 25 km’");
        message.TextBody!.ShouldContain("* Lasser bij de dijk\n  Bouw Leiden · Leiden");
        message.TextBody!.ShouldContain("Waarom dit past: Past bij “verpleegkundige”, 0 km van Leiden");
        message.HtmlBody!.ShouldContain("<html lang=\"nl\">");
        message.Headers[EmailHeaders.ListUnsubscribePost].ShouldBe(EmailHeaders.OneClick);
        var unsubscribe = new Uri(message.Headers[EmailHeaders.ListUnsubscribe]!.Trim('<', '>'));
        unsubscribe.AbsolutePath.ShouldBe("/alerts/unsubscribe");

        var vacancy = await HtmlPage.ParseAsync(await ana.Browser.GetAsync(AlertEmls.LinkTo(message, "/Vacancies/Details/")));
        vacancy.QuerySelector("h1")!.TextContent.ShouldBe("Lasser bij de dijk");
        var manage = await HtmlPage.ParseAsync(await ana.Browser.GetAsync(AlertEmls.LinkTo(message, "/Alerts")));
        manage.QuerySelector("h1")!.TextContent.ShouldBe("Mijn alerts");
        var mailClient = app.CreateClient();
        (await mailClient.GetAsync(unsubscribe.PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var oneClick = await mailClient.PostAsync(unsubscribe.PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        oneClick.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(0);

        await Task.Delay(TimeSpan.FromSeconds(1)); // a few more passes of both dispatchers
        (await AlertEmls.FilesToAsync(app, ana.Email)).ShouldHaveSingleItem();
    }
}
