using System.Net;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Api;

public sealed class PlatformTests(TalentMatchWebFactory app) : IClassFixture<TalentMatchWebFactory>
{
    [Fact]
    public async Task Health_ReportsHealthyWithTheDatabase()
    {
        var response = await app.CreateClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesOurEndpointsAndNotTheReplacedOne()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/v1/auth/register/candidate", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/auth/login", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/me/profile", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/auth/register", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenApiDocument_ListsAccountsFirst_SoTheReferenceOpensOnRegistration()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        var tags = JsonDocument.Parse(json).RootElement.GetProperty("tags").EnumerateArray()
            .Select(t => t.GetProperty("name").GetString()).ToList();
        tags[0].ShouldBe("Accounts");
        tags.IndexOf("Me").ShouldBeLessThan(tags.IndexOf("Matching"));
        tags.IndexOf("Vacancies").ShouldBeLessThan(tags.IndexOf("Matching"));
    }

    [Fact]
    public async Task ApiReference_PointsAtTheDocumentAndLoadsNoExternalScripts()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/api-reference/");

        var match = System.Text.RegularExpressions.Regex.Match(html, "\"url\":(\"[^\"]*\")");
        match.Success.ShouldBeTrue(html);
        // scalar.aspnetcore.js resolves a relative document URL against the application's base path ("/").
        var documentUrl = new Uri(client.BaseAddress!, JsonSerializer.Deserialize<string>(match.Groups[1].Value));
        documentUrl.AbsolutePath.ShouldBe("/openapi/v1.json");
        (await client.GetAsync(documentUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(html, "src=\"([^\"]+)\""))
        {
            script.Groups[1].Value.ShouldNotStartWith("http");
            (await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/api-reference/"), script.Groups[1].Value))).StatusCode
                .ShouldBe(HttpStatusCode.OK);
        }
    }
}
