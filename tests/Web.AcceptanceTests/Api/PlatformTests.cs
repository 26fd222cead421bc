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
    public async Task ApiReference_IsServedWithoutExternalScripts()
    {
        var html = await app.CreateClient().GetStringAsync("/api-reference");

        html.ShouldContain("/openapi/v1.json");
        html.ShouldNotContain("cdn.jsdelivr.net");
    }
}
