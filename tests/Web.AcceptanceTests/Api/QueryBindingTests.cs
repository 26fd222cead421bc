using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Api;

/// <summary>A query value the framework cannot bind (letters for a number) is a field error like any other.</summary>
public sealed class QueryBindingTests(TalentMatchWebFactory app) : IClassFixture<TalentMatchWebFactory>
{
    [Theory]
    [InlineData("/api/v1/taxonomy/occupations?q=welder&limit=abc", "limit")]
    [InlineData("/api/v1/taxonomy/skills?q=weld&limit=1e99", "limit")]
    public async Task TypedQueryValue_ThatDoesNotParse_Returns400WithTheFieldNamed(string url, string field)
    {
        var response = await app.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue();
        messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
