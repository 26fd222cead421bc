using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

[Collection(ProfileAppCollection.Name)]
public sealed class ProfileApiTests(TalentMatchWebFactory app) : IAsyncLifetime
{
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        var email = $"api-{Guid.NewGuid():N}@example.org";
        (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register/candidate",
            new { email, password = Visitor.Password, displayName = "Api Ana" })).EnsureSuccessStatusCode();
        await Visitor.ConfirmFromOutboxAsync(app, app.NewBrowser(), email);
        _api = await app.ApiClientAsync(email);
    }

    public static object FullProfile => new
    {
        desiredOccupations = new[] { ProfileApp.Welder },
        skills = Array.Empty<string>(),
        languages = new[] { new { language = "pl", level = "C2" }, new { language = "nl", level = "A2" } },
        educationLevel = "Mbo4",
        recognitionStatus = "Recognised",
        recognitionBody = "Duo",
        bigRegistration = "NotApplicable",
        certificates = new[] { "VCA-BASIS", "nen3140" },
        workAuthorisation = "StudentWithHoursLimit",
        availableFrom = "2027-03-01",
        hoursPerWeekMin = 8,
        hoursPerWeekMax = 16,
        homePlace = "Den Haag",
        maxCommuteKm = 40,
        willingToRelocate = true,
        housingNeed = "NeedsHousing",
        visibleToEmployers = true,
        consentToStatistics = true,
        group = "PartnerOfInternational",
    };

    [Fact]
    public async Task Profile_PutThenGet_RoundTripsEveryField()
    {
        var empty = await _api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        empty.GetProperty("completeness").GetProperty("percent").GetInt32().ShouldBe(0);
        empty.GetProperty("visibleToEmployers").GetBoolean().ShouldBeFalse();
        empty.GetProperty("consentToStatistics").GetBoolean().ShouldBeFalse();

        (await _api.PutAsJsonAsync("/api/v1/me/profile", FullProfile)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var p = await _api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile?lang=nl");
        p.GetProperty("displayName").GetString().ShouldBe("Api Ana");
        p.GetProperty("desiredOccupations")[0].GetProperty("uri").GetString().ShouldBe(ProfileApp.Welder);
        p.GetProperty("desiredOccupations")[0].GetProperty("label").GetString().ShouldBe("lasser");
        p.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("language").GetString() + l.GetProperty("level").GetString())
            .ShouldBe(["plC2", "nlA2"]);
        p.GetProperty("educationLevel").GetString().ShouldBe("Mbo4");
        p.GetProperty("recognitionStatus").GetString().ShouldBe("Recognised");
        p.GetProperty("recognitionBody").GetString().ShouldBe("Duo");
        p.GetProperty("certificates").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["VCA-BASIS", "NEN3140"]);
        p.GetProperty("certificates")[0].GetProperty("name").GetString().ShouldBe("VCA Basisveiligheid (B-VCA)");
        p.GetProperty("workAuthorisation").GetString().ShouldBe("StudentWithHoursLimit");
        p.GetProperty("availableFrom").GetString().ShouldBe("2027-03-01");
        p.GetProperty("hoursPerWeekMin").GetInt32().ShouldBe(8);
        p.GetProperty("hoursPerWeekMax").GetInt32().ShouldBe(16);
        p.GetProperty("homePlace").GetString().ShouldBe("The Hague");
        p.GetProperty("maxCommuteKm").GetInt32().ShouldBe(40);
        p.GetProperty("willingToRelocate").GetBoolean().ShouldBeTrue();
        p.GetProperty("housingNeed").GetString().ShouldBe("NeedsHousing");
        p.GetProperty("visibleToEmployers").GetBoolean().ShouldBeTrue();
        p.GetProperty("consentToStatistics").GetBoolean().ShouldBeTrue();
        p.GetProperty("group").GetString().ShouldBe("PartnerOfInternational");
        p.GetProperty("completeness").GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldBe(["Skills", "Cv"]);
        p.GetProperty("updatedAt").ValueKind.ShouldBe(JsonValueKind.String);

        // PUT replaces everything: what is left out is cleared.
        (await _api.PutAsJsonAsync("/api/v1/me/profile", new { desiredOccupations = new[] { ProfileApp.Welder } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cleared = await _api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        cleared.GetProperty("languages").GetArrayLength().ShouldBe(0);
        cleared.GetProperty("homePlace").ValueKind.ShouldBe(JsonValueKind.Null);
        cleared.GetProperty("visibleToEmployers").GetBoolean().ShouldBeFalse();
        cleared.GetProperty("group").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task SkillSuggestions_ForTheWelder_AreItsEssentialSkillsNotHeld_LabelledPerLanguage()
    {
        (await _api.PutAsJsonAsync("/api/v1/me/profile", new { desiredOccupations = new[] { ProfileApp.Welder } })).EnsureSuccessStatusCode();

        var english = await _api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile/skill-suggestions?lang=en");
        var french = await _api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile/skill-suggestions?lang=fr");

        english.GetArrayLength().ShouldBeGreaterThan(3);
        english.EnumerateArray().ShouldAllBe(s => s.GetProperty("neededFor")[0].GetString() == "welder");
        french.EnumerateArray().Select(s => s.GetProperty("uri").GetString()).ShouldBe(english.EnumerateArray().Select(s => s.GetProperty("uri").GetString()));
        french[0].GetProperty("neededFor")[0].GetString().ShouldBe("soudeur/soudeuse");
        french.EnumerateArray().Select(s => s.GetProperty("label").GetString())
            .ShouldNotBe(english.EnumerateArray().Select(s => s.GetProperty("label").GetString()));

        var held = english[0].GetProperty("uri").GetString();
        (await _api.PutAsJsonAsync("/api/v1/me/profile", new { desiredOccupations = new[] { ProfileApp.Welder }, skills = new[] { held } }))
            .EnsureSuccessStatusCode();
        var after = await _api.GetFromJsonAsync<JsonElement>("/api/v1/me/profile/skill-suggestions");
        after.EnumerateArray().Select(s => s.GetProperty("uri").GetString()).ShouldNotContain(held);
        after.GetArrayLength().ShouldBe(english.GetArrayLength() - 1);
    }

    public static TheoryData<string, string> BadFields => new()
    {
        { """{ "desiredOccupations": [] }""", "DesiredOccupations" },
        { """{ "desiredOccupations": ["http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000"] }""", "DesiredOccupations[0]" },
        { """{ "desiredOccupations": [null] }""", "DesiredOccupations[0]" },
        { """{ "skills": ["http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000"] }""", "Skills[0]" },
        { """{ "languages": [{ "language": "klingon", "level": "B1" }] }""", "Languages[0].Language" },
        { """{ "languages": [{ "language": "nl", "level": "D1" }] }""", "Languages[0].Level" },
        { """{ "languages": [{ "language": "nl", "level": "B1" }, { "language": "nl", "level": "C1" }] }""", "Languages[1].Language" },
        { """{ "languages": [null] }""", "Languages[0]" },
        { """{ "educationLevel": "Phd" }""", "EducationLevel" },
        { """{ "educationLevel": "3" }""", "EducationLevel" },
        { """{ "recognitionStatus": "Maybe" }""", "RecognitionStatus" },
        { """{ "recognitionBody": "Duo" }""", "RecognitionBody" },
        { """{ "recognitionStatus": "InProgress" }""", "RecognitionBody" },
        { """{ "bigRegistration": "Pending" }""", "BigRegistration" },
        { """{ "certificates": ["HEFTRUCK"] }""", "Certificates[0]" },
        { """{ "workAuthorisation": "Tourist" }""", "WorkAuthorisation" },
        { """{ "availableFrom": "2035-01-01" }""", "AvailableFrom" },
        { """{ "hoursPerWeekMin": 0, "hoursPerWeekMax": 10 }""", "HoursPerWeekMin" },
        { """{ "hoursPerWeekMin": 10, "hoursPerWeekMax": 60 }""", "HoursPerWeekMax" },
        { """{ "hoursPerWeekMin": 10 }""", "HoursPerWeekMax" },
        { """{ "workAuthorisation": "StudentWithHoursLimit", "hoursPerWeekMin": 10, "hoursPerWeekMax": 20 }""", "HoursPerWeekMax" },
        { """{ "homePlace": "Atlantis", "maxCommuteKm": 10 }""", "HomePlace" },
        { """{ "homePlace": "Leiden", "maxCommuteKm": 0 }""", "MaxCommuteKm" },
        { """{ "maxCommuteKm": 10 }""", "HomePlace" },
        { """{ "housingNeed": "Castle" }""", "HousingNeed" },
        { """{ "group": "Tourist" }""", "Group" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Put_BadField_Returns400ProblemNamingTheField(string json, string field)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        if (!body.ContainsKey("desiredOccupations"))
        {
            body["desiredOccupations"] = JsonSerializer.SerializeToElement(new[] { ProfileApp.Welder });
        }

        var response = await _api.PutAsJsonAsync("/api/v1/me/profile", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([field]);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "hoursPerWeekMin": "forty" }""")]
    [InlineData("""{ "availableFrom": "next week" }""")]
    [InlineData("""{ "desiredOccupations": "http://data.europa.eu/esco/occupation/x" }""")]
    [InlineData("""{ "visibleToEmployers": "yes please" }""")]
    [InlineData("""{ "languages": [{ "language": 12 }] }""")]
    public async Task Put_UnreadableBody_Returns400ProblemNot500(string body)
    {
        var response = await _api.PutAsync("/api/v1/me/profile", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Get_WithUnsupportedLanguage_Returns400()
    {
        var response = await _api.GetAsync("/api/v1/me/profile?lang=xx");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lang", out _).ShouldBeTrue();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
