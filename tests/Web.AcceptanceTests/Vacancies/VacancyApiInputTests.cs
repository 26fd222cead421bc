using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TalentMatch.Web.AcceptanceTests.Vacancies;

/// <summary>Bad input on every vacancy, organisation and certificate endpoint: 400 ProblemDetails, never a 5xx.</summary>
public sealed class VacancyApiInputTests(VacancyWebFactory app) : IClassFixture<VacancyWebFactory>
{
    private HttpClient? _employer;

    private async Task<HttpClient> EmployerAsync() =>
        _employer ??= await People.EmployerApiAsync(app, $"input-{Guid.NewGuid():N}@api.example");

    [Theory]
    [InlineData("contractType", "Forever", "ContractType")]
    [InlineData("contractType", "1", "ContractType")]
    [InlineData("workMode", "Underwater", "WorkMode")]
    [InlineData("educationLevel", "Phd9", "EducationLevel")]
    [InlineData("sector", "fishing", "Sector")]
    [InlineData("occupationUri", "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000", "OccupationUri")]
    [InlineData("occupationUri", "javascript:alert(1)", "OccupationUri")]
    [InlineData("place", "Atlantis", "Place")]
    [InlineData("salaryFrom", 50, "SalaryFrom")]
    [InlineData("salaryTo", 99999, "SalaryTo")]
    [InlineData("hoursMin", 0, "HoursMin")]
    [InlineData("hoursMax", 80, "HoursMax")]
    [InlineData("title", "", "Title")]
    public async Task Create_WithBadField_Returns400WithThatField(string field, object value, string errorKey)
    {
        var vacancy = People.Welder();
        vacancy[field] = value;

        var response = await (await EmployerAsync()).PostAsJsonAsync("/api/v1/vacancies", vacancy);

        await ShouldBeValidationProblemAsync(response, errorKey);
    }

    [Fact]
    public async Task Create_WithUnknownCertificateSkillOrLanguageLevel_Returns400PerItem()
    {
        var vacancy = People.Welder();
        vacancy["certificates"] = new[] { "VCA-BASIS", "NOT-A-CERTIFICATE" };
        vacancy["skills"] = new[] { new { uri = "http://data.europa.eu/esco/skill/nope", relation = "Essential" } };
        vacancy["languages"] = new[] { new { language = "nl", level = "D9" }, new { language = "xx", level = "B1" } };

        var response = await (await EmployerAsync()).PostAsJsonAsync("/api/v1/vacancies", vacancy);

        await ShouldBeValidationProblemAsync(response, "Certificates", "Skills[0].Uri", "Languages[0].Level", "Languages[1].Language");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    [InlineData("{\"title\":\"Lasser\",\"salaryFrom\":99999999999999}")]
    [InlineData("{\"title\":\"Lasser\",\"hoursMin\":\"veel\"}")]
    [InlineData("{\"title\":\"Lasser\",\"closingDate\":\"2026-02-31\"}")]
    [InlineData("{\"title\":\"Lasser\",\"visaSponsorship\":null}")]
    public async Task Create_WithUnreadableBody_Returns400Problem(string body)
    {
        var api = await EmployerAsync();

        var response = await api.PostAsync("/api/v1/vacancies", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Update_WithBadInput_Returns400_AndPublishedVacancyRefusesNewJob409()
    {
        var api = await EmployerAsync();
        var id = await People.PublishedAsync(api);
        var bad = People.Welder();
        bad["salaryTo"] = 1000;

        await ShouldBeValidationProblemAsync(await api.PutAsJsonAsync($"/api/v1/vacancies/{id}", bad), "SalaryTo");
        var otherJob = People.Welder();
        otherJob["hoursMin"] = 8;
        var conflict = await api.PutAsJsonAsync($"/api/v1/vacancies/{id}", otherJob);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("PublishedTermsFixed");
    }

    [Fact]
    public async Task Publish_IncompleteOrPastClosingDate_Returns409WithRuleCode()
    {
        var api = await EmployerAsync();
        var incomplete = await People.CreateAsync(api, new Dictionary<string, object?> { ["title"] = "Lasser" });
        var past = People.Welder();
        past["closingDate"] = DateTime.UtcNow.Date.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var expired = await People.CreateAsync(api, past);

        await ShouldBeConflictAsync(await api.PostAsync($"/api/v1/vacancies/{incomplete}/publish", null), "VacancyIncomplete");
        await ShouldBeConflictAsync(await api.PostAsync($"/api/v1/vacancies/{expired}/publish", null), "ClosingDateInPast");
        await ShouldBeConflictAsync(await api.PostAsync($"/api/v1/vacancies/{incomplete}/close", null), "VacancyNotPublished");
    }

    [Theory]
    [InlineData("/api/v1/vacancies?page=0", "page")]
    [InlineData("/api/v1/vacancies?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/me/vacancies?pageSize=0", "pageSize")]
    public async Task List_WithBadPaging_Returns400(string url, string errorKey) =>
        await ShouldBeValidationProblemAsync(await (await EmployerAsync()).GetAsync(url), errorKey);

    [Fact]
    public async Task List_ShowsOnlyPublished_WithTotalAndPaging()
    {
        var api = await EmployerAsync();
        await People.CreateAsync(api, People.Welder("Never published"));
        await People.PublishedAsync(api, "Paged one");
        await People.PublishedAsync(api, "Paged two");

        // The list is the search index, which takes the published vacancies from the outbox a moment after the save.
        var page = await Search.Eventually.GetJsonAsync(app.CreateClient(), "/api/v1/vacancies?page=1&pageSize=1",
            answer => answer.GetProperty("total").GetInt32() >= 2, "both published vacancies in the total");

        page.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        page.GetProperty("pageSize").GetInt32().ShouldBe(1);
        var item = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("status").GetString().ShouldBe("Published");
        var all = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/vacancies?pageSize=100");
        all.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("title").GetString()).ShouldNotContain("Never published");
    }

    [Fact]
    public async Task Organisation_WithBadInput_Returns400_AndVisaSponsorshipNeedsRecognition()
    {
        var api = await EmployerAsync();
        await ShouldBeValidationProblemAsync(await api.PutAsJsonAsync("/api/v1/me/organisation",
            new { name = "", sectors = new[] { "fishing" }, locations = new[] { "Atlantis" }, isRecognisedSponsor = true }),
            "Name", "Sectors[0]", "Locations[0]", "SponsorCheckedOn");
        var visa = People.Welder();
        visa["visaSponsorship"] = true;
        await ShouldBeConflictAsync(await api.PostAsJsonAsync("/api/v1/vacancies", visa), "VisaSponsorshipNeedsRecognisedSponsor");

        var updated = await api.PutAsJsonAsync("/api/v1/me/organisation", new
        {
            name = "Zorggroep Leiden", sectors = new[] { "healthcare", "construction" }, locations = new[] { "Leiden", "leiderdorp" },
            isRecognisedSponsor = true, sponsorCheckedOn = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            offersHousing = true,
        });

        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        var organisation = await updated.Content.ReadFromJsonAsync<JsonElement>();
        organisation.GetProperty("locations").EnumerateArray().Select(l => l.GetString()).ShouldBe(["Leiden", "Leiderdorp"]);
        organisation.GetProperty("isOwner").GetBoolean().ShouldBeTrue();
        (await api.PostAsJsonAsync("/api/v1/vacancies", visa)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Invitation_WithBadEmail_Returns400() =>
        await ShouldBeValidationProblemAsync(await (await EmployerAsync()).PostAsJsonAsync("/api/v1/me/organisation/invitations",
            new { email = "not an address" }), "Email");

    [Fact]
    public async Task Certificates_MunicipalityAdds_OthersCannot_BadInputIs400_DuplicateIs409()
    {
        var municipality = await People.ApiAsync(app, VacancyWebFactory.MunicipalityEmail, VacancyWebFactory.MunicipalityPassword);

        var added = await municipality.PostAsJsonAsync("/api/v1/certificates",
            new { code = "heftruck", nameEn = "Forklift truck certificate", nameNl = "Heftruckcertificaat" });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/certificates");
        list.EnumerateArray().ShouldContain(c => c.GetProperty("code").GetString() == "HEFTRUCK" && !c.GetProperty("shipped").GetBoolean());
        await ShouldBeConflictAsync(await municipality.PostAsJsonAsync("/api/v1/certificates",
            new { code = "VCA-BASIS", nameEn = "Again", nameNl = "Opnieuw" }), "CertificateCodeTaken");
        await ShouldBeValidationProblemAsync(await municipality.PostAsJsonAsync("/api/v1/certificates",
            new { code = "no spaces!", nameEn = "", nameNl = new string('x', 151) }), "Code", "NameEn", "NameNl");
        (await (await EmployerAsync()).PostAsJsonAsync("/api/v1/certificates", new { code = "X", nameEn = "X", nameNl = "X" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().PostAsJsonAsync("/api/v1/certificates", new { code = "X", nameEn = "X", nameNl = "X" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var vacancy = People.Welder();
        vacancy["certificates"] = new[] { "heftruck" };
        (await (await EmployerAsync()).PostAsJsonAsync("/api/v1/vacancies", vacancy)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static async Task ShouldBeValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        foreach (var field in fields)
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue($"no error for {field} in {body}");
        }
    }

    private static async Task ShouldBeConflictAsync(HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(code);
    }
}
