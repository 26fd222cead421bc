using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Taxonomy;

public sealed class TaxonomyApiTests(TalentMatchWebFactory app) : IClassFixture<TalentMatchWebFactory>
{
    private const string Welder = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    [Theory]
    [InlineData("welder", "en", "welder")]
    [InlineData("lasser", "nl", "lasser")]
    [InlineData("spawacz", "pl", "spawacz")]
    [InlineData("soudeur", "fr", "soudeur/soudeuse")]
    [InlineData("soldador", "es", "soldador/soldadora")]
    [InlineData("spawacz", "nl", "lasser")]
    public async Task Occupations_InAnyLanguage_FindTheWelderFirst_LabelledInTheAskedLanguage(string q, string lang, string label)
    {
        var items = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/taxonomy/occupations?q={q}&lang={lang}&limit=5");

        var first = items.EnumerateArray().First();
        first.GetProperty("uri").GetString().ShouldBe(Welder);
        first.GetProperty("label").GetString().ShouldBe(label);
        first.GetProperty("iscoCode").GetString().ShouldBe("7212");
        items.GetArrayLength().ShouldBeLessThanOrEqualTo(5);
    }

    [Fact]
    public async Task Occupations_ReturnSectorOnlyForTheFourSectors()
    {
        var nurse = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/occupations?q=verpleegkundige&lang=nl&limit=1");

        nurse[0].GetProperty("sector").GetString().ShouldBe("healthcare");
        var welder = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/occupations?q=welder&limit=1");
        welder[0].GetProperty("sector").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Skills_FindBySkillName_WithNullIscoAndSector()
    {
        var skills = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/skills?q=project%20management&lang=en");

        var first = skills[0];
        first.GetProperty("label").GetString().ShouldBe("project management");
        first.GetProperty("iscoCode").ValueKind.ShouldBe(JsonValueKind.Null);
        first.GetProperty("sector").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/v1/taxonomy/occupations", "q")]
    [InlineData("/api/v1/taxonomy/occupations?q=welder&lang=de", "lang")]
    [InlineData("/api/v1/taxonomy/occupations?q=welder&limit=0", "limit")]
    [InlineData("/api/v1/taxonomy/skills?q=x&limit=51", "limit")]
    public async Task BadQuery_Returns400ProblemNamingTheParameter(string url, string parameter)
    {
        var response = await app.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty(parameter, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task NonNumericLimit_Returns400NotA500()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/taxonomy/occupations?q=welder&limit=abc");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
