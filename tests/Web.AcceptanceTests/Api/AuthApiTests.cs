using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Api;

public sealed class AuthApiTests(TalentMatchWebFactory app) : IClassFixture<TalentMatchWebFactory>
{
    [Fact]
    public async Task RegisterCandidate_WithBadInput_Returns400ProblemWithFieldErrors()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register/candidate",
            new { email = "nope", password = "short", displayName = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("Email", out _).ShouldBeTrue();
        errors.TryGetProperty("Password", out _).ShouldBeTrue();
        errors.TryGetProperty("DisplayName", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task RegisterCandidate_WithUnreadableBody_Returns400(string body)
    {
        var response = await app.CreateClient().PostAsync("/api/v1/auth/register/candidate",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RegisterEmployer_WithTakenKvkNumber_Returns409Problem()
    {
        var client = app.CreateClient();
        var first = await client.PostAsJsonAsync("/api/v1/auth/register/employer",
            new { email = "a@org.example", password = "tulpen fiets", organisationName = "Org A", kvkNumber = "77778888" });
        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var second = await client.PostAsJsonAsync("/api/v1/auth/register/employer",
            new { email = "b@org.example", password = "tulpen fiets", organisationName = "Org B", kvkNumber = "77778888" });

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("KvkNumberTaken");
    }

    [Fact]
    public async Task IdentityRegister_IsReplacedByOurs()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register",
            new { email = "bypass@example.org", password = "tulpen fiets" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BearerToken_FromLogin_ReadsOwnProfile_AndOtherRolesAreForbidden()
    {
        var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/auth/register/candidate",
            new { email = "api@example.org", password = "tulpen fiets", displayName = "Api Ana" })).StatusCode
            .ShouldBe(HttpStatusCode.Accepted);
        await Visitor.ConfirmFromOutboxAsync(app, app.NewBrowser(), "api@example.org");

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "api@example.org", password = "tulpen fiets" });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        (await client.GetAsync("/api/v1/me/profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        profile.GetProperty("displayName").GetString().ShouldBe("Api Ana");
        profile.GetProperty("email").GetString().ShouldBe("api@example.org");
    }

    [Fact]
    public async Task Login_WithWrongPassword_Returns401()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email = "nobody@example.org", password = "whatever it is" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
