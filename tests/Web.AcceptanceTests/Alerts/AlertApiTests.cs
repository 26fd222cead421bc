using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

[Collection(AlertsAppCollection.Name)]
public sealed class AlertApiTests(AlertsWebFactory app)
{
    private static readonly object LasserLeiden = new
    {
        kind = "SavedSearch", frequency = "Daily", quietFrom = "22:00", quietUntil = "07:00",
        search = new { q = "lasser", near = "Leiden", radiusKm = 25, sector = new[] { "construction" } },
    };

    [Fact]
    public async Task Create_SavedSearch_Returns201AtItsAddress_AndTheListAndGetShowIt()
    {
        var ana = await AlertPerson.CandidateAsync(app);

        var created = await ana.Api.PostAsJsonAsync("/api/v1/me/alerts", LasserLeiden);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var alert = await created.Content.ReadFromJsonAsync<JsonElement>();
        alert.GetProperty("name").GetString().ShouldBe("lasser · Leiden · 25 km");
        alert.GetProperty("kind").GetString().ShouldBe("SavedSearch");
        alert.GetProperty("search").GetProperty("sector")[0].GetString().ShouldBe("construction");
        alert.GetProperty("quietFrom").GetString().ShouldBe("22:00");
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/me/alerts/{alert.GetProperty("id").GetGuid()}");
        (await ana.Api.GetFromJsonAsync<JsonElement>(created.Headers.Location)).GetProperty("frequency").GetString().ShouldBe("Daily");
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"kind":"Everything","search":{}}""", "kind")]
    [InlineData("""{"kind":"SavedSearch"}""", "search")]
    [InlineData("""{"kind":"SavedSearch","search":{"near":"Atlantis"}}""", "search.near")]
    [InlineData("""{"kind":"SavedSearch","search":{"radiusKm":25}}""", "search.radiusKm")]
    [InlineData("""{"kind":"SavedSearch","search":{"contract":["Forever"]}}""", "search.contract")]
    [InlineData("""{"kind":"SavedSearch","search":{},"frequency":"Hourly"}""", "frequency")]
    [InlineData("""{"kind":"SavedSearch","search":{},"quietFrom":"22:00"}""", "quietUntil")]
    [InlineData("""{"kind":"SavedSearch","search":{},"quietFrom":"22:00","quietUntil":"22:00"}""", "quietUntil")]
    [InlineData("""{"kind":"SavedSearch","search":{},"quietFrom":"10 pm","quietUntil":"07:00"}""", "quietFrom")]
    [InlineData("""{"kind":"MatchingCandidates"}""", "vacancyId")]
    public async Task Create_BadInput_Returns400ProblemNamingTheField(string body, string field)
    {
        var ana = await AlertPerson.CandidateAsync(app);

        var response = await ana.Api.PostAsync("/api/v1/me/alerts", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        (await ana.Api.GetFromJsonAsync<JsonElement>("/api/v1/me/alerts")).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"kind":"SavedSearch","search":{"radiusKm":"far"}}""")]
    [InlineData("""{"kind":""")]
    [InlineData("not json")]
    public async Task Create_UnreadableBody_Returns400Problem(string body)
    {
        var ana = await AlertPerson.CandidateAsync(app);

        var response = await ana.Api.PostAsync("/api/v1/me/alerts", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Alerts_WithoutLogin_Return401()
    {
        var anonymous = app.CreateClient();

        (await anonymous.GetAsync("/api/v1/me/alerts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/me/alerts", LasserLeiden)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EmployerAlerts_OwnPublishedVacancyOnce_Others404_Draft409_CandidateSearch403()
    {
        var employer = await AlertPerson.EmployerAsync(app);
        var stranger = await AlertPerson.EmployerAsync(app, "Ander");
        var draft = await People.CreateAsync(employer.Api, People.Welder("Concept"));

        var created = await employer.Api.PostAsJsonAsync("/api/v1/me/alerts", new { kind = "MatchingCandidates", vacancyId = employer.VacancyId });
        var twice = await employer.Api.PostAsJsonAsync("/api/v1/me/alerts", new { kind = "MatchingCandidates", vacancyId = employer.VacancyId });
        var others = await stranger.Api.PostAsJsonAsync("/api/v1/me/alerts", new { kind = "MatchingCandidates", vacancyId = employer.VacancyId });
        var ofDraft = await employer.Api.PostAsJsonAsync("/api/v1/me/alerts", new { kind = "MatchingCandidates", vacancyId = draft });
        var search = await employer.Api.PostAsJsonAsync("/api/v1/me/alerts", LasserLeiden);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("vacancyTitle").GetString().ShouldBe("Lasser");
        await ShouldBeProblemAsync(twice, HttpStatusCode.Conflict, "VacancyAlertExists");
        await ShouldBeProblemAsync(others, HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(ofDraft, HttpStatusCode.Conflict, "AlertVacancyNotPublished");
        await ShouldBeProblemAsync(search, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_TwentyFirst_Returns409WithTheRuleCode()
    {
        var ana = await AlertPerson.CandidateAsync(app);
        for (var i = 0; i < 20; i++)
        {
            (await ana.Api.PostAsJsonAsync("/api/v1/me/alerts", new { kind = "SavedSearch", search = new { q = $"zoek {i}" } }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var response = await ana.Api.PostAsJsonAsync("/api/v1/me/alerts", new { kind = "SavedSearch", search = new { q = "nog een" } });

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "AlertLimitReached");
        problem.GetProperty("detail").GetString().ShouldBe("You already have 20 alerts, the most one person can have. Delete one to add another.");
        using var dutch = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/alerts")
        {
            Content = JsonContent.Create(new { kind = "SavedSearch", search = new { q = "nog een" } }),
        };
        dutch.Headers.AcceptLanguage.ParseAdd("nl-NL");
        var inDutch = await ShouldBeProblemAsync(await ana.Api.SendAsync(dutch), HttpStatusCode.Conflict, "AlertLimitReached");
        inDutch.GetProperty("detail").GetString().ShouldBe("U hebt al 20 alerts, het maximum per persoon. Verwijder er een om een nieuwe toe te voegen.");
    }

    [Fact]
    public async Task ChangeAndDelete_OwnAlert_200Then204Then404_OthersAlert404()
    {
        var ana = await AlertPerson.CandidateAsync(app);
        var bo = await AlertPerson.CandidateAsync(app);
        var created = await (await ana.Api.PostAsJsonAsync("/api/v1/me/alerts", LasserLeiden)).Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/v1/me/alerts/{created.GetProperty("id").GetGuid()}";
        var change = new { name = "Lassen", frequency = "Weekly", paused = true };

        var changed = await ana.Api.PutAsJsonAsync(url, change);
        var bad = await ana.Api.PutAsJsonAsync(url, new { name = "", frequency = "Weekly" });
        var othersGet = await bo.Api.GetAsync(url);
        var othersPut = await bo.Api.PutAsJsonAsync(url, change);
        var othersDelete = await bo.Api.DeleteAsync(url);
        var deleted = await ana.Api.DeleteAsync(url);
        var again = await ana.Api.DeleteAsync(url);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        (body.GetProperty("name").GetString(), body.GetProperty("paused").GetBoolean(), body.GetProperty("quietFrom").ValueKind)
            .ShouldBe(("Lassen", true, JsonValueKind.Null));
        (await ShouldBeProblemAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        await ShouldBeProblemAsync(othersGet, HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(othersPut, HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(othersDelete, HttpStatusCode.NotFound);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeProblemAsync(again, HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await ana.Api.GetAsync($"/api/v1/me/alerts/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_DescribesTheAlertsEndpoints()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/v1/me/alerts").GetProperty("post").GetProperty("tags")[0].GetString().ShouldBe("Alerts");
        var item = paths.GetProperty("/api/v1/me/alerts/{id}");
        foreach (var method in new[] { "get", "put", "delete" })
        {
            item.GetProperty(method).GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue(method);
        }

        paths.GetProperty("/api/v1/me/alerts").GetProperty("post").GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
    }

    private static async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status,
        string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        if (code is not null)
        {
            problem.GetProperty("code").GetString().ShouldBe(code);
        }

        return problem;
    }
}
