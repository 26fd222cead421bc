using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Notifications;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

/// <summary>
/// The whole alert path in the running app, nothing stood in: a person saves a search or switches on a profile alert,
/// someone publishes a vacancy (or a visible profile), the trigger and the matching dispatcher record the pair, the
/// alert mailer and the outbox write the e-mail with the file provider.
/// </summary>
public sealed class AlertMatchingTests
{
    private static readonly Dictionary<string, string?> Fast = new()
    {
        ["Alerts:Matching:PollInterval"] = "00:00:00.200",
        ["Alerts:Mailing:PollInterval"] = "00:00:00.200",
        ["Email:Dispatcher:PollInterval"] = "00:00:00.200",
        ["App:PublicBaseUrl"] = "http://localhost/",
    };

    [Fact]
    public async Task SavedSearchLasserLeiden25Km_EmployerPublishesSuchAVacancy_ExactlyOneDutchInstantEmail_OneClickUnsubscribeWorks()
    {
        using var app = new TalentMatchWebFactory(Fast);
        var ana = await AlertPerson.CandidateAsync(app, "nl");
        var employer = await AlertPerson.EmployerAsync(app, "Lasser van gisteren"); // published before the alert: not news
        var alert = await CreateAsync(ana, new
        {
            kind = "SavedSearch", frequency = "Instant", search = new { q = "lasser", near = "Leiden", radiusKm = 25 },
        });
        var amsterdam = People.Welder("Lasser in Amsterdam"); // about 35 km away: outside the radius
        amsterdam["place"] = "Amsterdam";
        var far = await People.CreateAsync(employer.Api, amsterdam);
        (await employer.Api.PostAsync($"/api/v1/vacancies/{far}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var welder = await People.PublishedAsync(employer.Api, "Lasser bij de dijk");

        var message = await AlertEmls.WaitForOneAsync(app, ana.Email);

        message.Subject.ShouldBe("1 nieuwe vacature voor je alert ‘lasser · Leiden · 25 km’");
        message.TextBody!.ShouldContain("* Lasser bij de dijk\n  Bouw Leiden · Leiden");
        message.TextBody!.ShouldContain("Waarom dit past:");
        AlertEmls.LinkTo(message, "/Vacancies/Details/").ShouldContain(welder.ToString());
        (await DeliveriesAsync(app, alert)).ShouldHaveSingleItem().ItemId.ShouldBe(welder);
        var unsubscribe = new Uri(message.Headers[EmailHeaders.ListUnsubscribe]!.Trim('<', '>'));
        var oneClick = await app.CreateClient().PostAsync(unsubscribe.PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        oneClick.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(0);

        await People.PublishedAsync(employer.Api, "Lasser in de haven"); // after unsubscribing: nothing more
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        (await AlertEmls.FilesToAsync(app, ana.Email)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task DailySavedSearch_NewMatchingVacancy_IsOneDigestLineWaitingForTheDigest_NotAnInstantEmail()
    {
        using var app = new TalentMatchWebFactory(Fast);
        var ana = await AlertPerson.CandidateAsync(app, "en");
        var alert = await CreateAsync(ana, new
        {
            kind = "SavedSearch", frequency = "Daily", search = new { q = "welder", near = "Leiden", radiusKm = 25 },
        });
        var employer = await AlertPerson.EmployerAsync(app, "Lasser"); // the Dutch title finds "welder" through ESCO

        var line = await WaitForDeliveryAsync(app, alert);

        line.ItemId.ShouldBe(employer.VacancyId);
        line.MailedAt.ShouldBeNull();
        await Task.Delay(TimeSpan.FromSeconds(1));
        (await DeliveriesAsync(app, alert)).ShouldHaveSingleItem();
        (await AlertEmls.FilesToAsync(app, ana.Email)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ProfileAlert_NewWelderVacancy_IsRecordedWithTheScoreAndWhyItMatches()
    {
        using var app = new TalentMatchWebFactory(Fast);
        var ana = await AlertPerson.CandidateAsync(app, "en");
        await WelderProfileAsync(ana.Api, visible: false);
        var alert = await CreateAsync(ana, new { kind = "MatchingVacancies", frequency = "Daily" });
        var employer = await AlertPerson.EmployerAsync(app, "Lasser");

        var line = await WaitForDeliveryAsync(app, alert);

        line.ItemId.ShouldBe(employer.VacancyId);
        line.Score.ShouldBeGreaterThanOrEqualTo(40);
        line.Summary.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task EmployerAlert_NewVisibleWelder_IsRecordedOnce_EvenWhenTheProfileChangesAgain()
    {
        using var app = new TalentMatchWebFactory(Fast);
        var employer = await AlertPerson.EmployerAsync(app, "Lasser");
        var alert = await CreateAsync(employer, new { kind = "MatchingCandidates", vacancyId = employer.VacancyId, frequency = "Daily" });
        var zofia = await AlertPerson.CandidateAsync(app, "en");
        var hidden = await AlertPerson.CandidateAsync(app, "en");
        await WelderProfileAsync(hidden.Api, visible: false);
        await WelderProfileAsync(zofia.Api, visible: true);
        var zofiaId = (await zofia.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile")).GetProperty("candidateId").GetGuid();

        var line = await WaitForDeliveryAsync(app, alert);
        await WelderProfileAsync(zofia.Api, visible: true, hours: 36);
        await Task.Delay(TimeSpan.FromSeconds(1));

        line.ItemId.ShouldBe(zofiaId);
        (await DeliveriesAsync(app, alert)).ShouldHaveSingleItem();
        (await app.WithDbAsync(db => db.AlertTriggers.CountAsync())).ShouldBe(0);
    }

    private static async Task<Guid> CreateAsync(AlertPerson person, object alert)
    {
        var created = await person.Api.PostAsJsonAsync("/api/v1/me/alerts", alert);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task WelderProfileAsync(HttpClient api, bool visible, int hours = 40)
    {
        var first = await api.PutAsJsonAsync("/api/v1/me/profile", new { desiredOccupations = new[] { People.WelderUri } });
        first.StatusCode.ShouldBe(HttpStatusCode.NoContent, await first.Content.ReadAsStringAsync());
        var skills = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile/skill-suggestions"))
            .EnumerateArray().Take(6).Select(s => s.GetProperty("uri").GetString()).ToArray();
        var profile = await api.PutAsJsonAsync("/api/v1/me/profile", new
        {
            desiredOccupations = new[] { People.WelderUri }, skills,
            languages = new[] { new { language = "nl", level = "B1" } }, educationLevel = "Mbo2",
            workAuthorisation = "EuEeaOrSwissCitizen", hoursPerWeekMin = 32, hoursPerWeekMax = hours, homePlace = "Leiden",
            maxCommuteKm = 30, visibleToEmployers = visible,
        });
        profile.StatusCode.ShouldBe(HttpStatusCode.NoContent, await profile.Content.ReadAsStringAsync());
    }

    private static Task<List<AlertDelivery>> DeliveriesAsync(TalentMatchWebFactory app, Guid alert) =>
        app.WithDbAsync(db => db.AlertDeliveries.AsNoTracking().Where(d => d.SubscriptionId == new AlertSubscriptionId(alert)).ToListAsync());

    private static async Task<AlertDelivery> WaitForDeliveryAsync(TalentMatchWebFactory app, Guid alert)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await DeliveriesAsync(app, alert) is [var delivery])
            {
                return delivery;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No alert item recorded for alert {alert} within 30 s.");
    }
}
