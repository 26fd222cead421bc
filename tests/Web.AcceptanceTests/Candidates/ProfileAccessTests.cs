using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Candidates;

/// <summary>
/// Only the candidate reaches their own profile and CV: no route takes a candidate id, guessed ones lead nowhere,
/// and employers and anonymous visitors are turned away from every profile page and endpoint.
/// </summary>
[Collection(ProfileAppCollection.Name)]
public sealed class ProfileAccessTests(TalentMatchWebFactory app)
{
    public static TheoryData<string, string> ApiEndpoints => new()
    {
        { "GET", "/api/v1/me/profile" },
        { "PUT", "/api/v1/me/profile" },
        { "GET", "/api/v1/me/profile/skill-suggestions" },
        { "POST", "/api/v1/me/cv" },
        { "GET", "/api/v1/me/cv" },
        { "DELETE", "/api/v1/me/cv" },
    };

    public static TheoryData<string> Pages => new()
    {
        "/Candidate/Profile", "/Candidate/EditProfile", "/Candidate/Skills", "/Candidate/Cv", "/Candidate/Cv?handler=Download",
    };

    [Theory]
    [MemberData(nameof(ApiEndpoints))]
    public async Task Api_Anonymous_Is401(string method, string url) =>
        (await app.CreateClient().SendAsync(Request(method, url))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Api_Employer_Is403Everywhere()
    {
        await app.EmployerBrowserAsync("hr@lasbedrijf.example", "24681357");
        var employer = await app.ApiClientAsync("hr@lasbedrijf.example");

        foreach (var endpoint in ApiEndpoints)
        {
            var response = await employer.SendAsync(Request((string)endpoint[0], (string)endpoint[1]));
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{endpoint[0]} {endpoint[1]}");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_Anonymous_AreSentToLogin(string url)
    {
        var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Pages_Employer_GetsAccessDenied()
    {
        var employer = await app.EmployerBrowserAsync("hr@zorgbedrijf.example", "13572468");

        foreach (var url in Pages)
        {
            var response = await employer.GetAsync(url);
            response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/AccessDenied", url);
        }
    }

    [Fact]
    public async Task RouteTable_HasNoProfileOrCvRouteThatTakesAnId()
    {
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern).ToList();

        // Applications take an application or vacancy id, looked up among the caller's own (ApplicationAccessTests).
        var mine = patterns.Where(p => p.RawText is { } raw
            && !raw.StartsWith("Candidate/Applications", StringComparison.OrdinalIgnoreCase)
            && (raw.StartsWith("/api/v1/me/profile", StringComparison.OrdinalIgnoreCase)
                || raw.StartsWith("/api/v1/me/cv", StringComparison.OrdinalIgnoreCase)
                || raw.Contains("candidate", StringComparison.OrdinalIgnoreCase))).ToList();
        mine.Select(p => p.RawText).ShouldContain("/api/v1/me/cv");
        mine.Select(p => p.RawText).ShouldContain("Candidate/EditProfile");
        mine.Where(p => p.Parameters.Count > 0).Select(p => p.RawText).ShouldBeEmpty();
    }

    [Fact]
    public async Task CandidateB_CannotReadOrChangeCandidateA_ThroughApiOrPages()
    {
        var (aBrowser, aApi) = await CandidateAsync("alice");
        (await aApi.PutAsJsonAsync("/api/v1/me/profile", new
        {
            desiredOccupations = new[] { ProfileApp.Welder }, homePlace = "Leiden", maxCommuteKm = 15, visibleToEmployers = true,
        })).EnsureSuccessStatusCode();
        var aCv = CvFiles.Pdf("Alice's secret CV");
        (await aApi.PostAsync("/api/v1/me/cv", new MultipartFormDataContent { { new ByteArrayContent(aCv), "file", "alice.pdf" } }))
            .EnsureSuccessStatusCode();
        var aId = (await aApi.GetFromJsonAsync<JsonElement>("/api/v1/me/profile")).GetProperty("candidateId").GetString();
        var (bBrowser, bApi) = await CandidateAsync("bob");

        string[] guesses =
        [
            $"/api/v1/me/profile?candidateId={aId}", $"/api/v1/me/profile?id={aId}", $"/api/v1/me/profile/{aId}",
            $"/api/v1/candidates/{aId}", $"/api/v1/candidates/{aId}/profile", $"/api/v1/candidates/{aId}/cv",
            $"/api/v1/me/cv?candidateId={aId}", $"/api/v1/me/cv/{aId}", $"/api/v1/profiles/{aId}",
            $"/api/v1/me/profile/skill-suggestions?candidateId={aId}",
        ];
        foreach (var url in guesses)
        {
            var response = await bApi.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBeOneOf([200, 404], url);
            body.ShouldNotContain("alice", Case.Insensitive, url);
            body.ShouldNotContain("Leiden", Case.Sensitive, url);
            body.ShouldNotContain("Alice's secret CV", Case.Sensitive, url);
        }

        foreach (var url in new[]
                 {
                     $"/Candidate/Profile?candidateId={aId}&id={aId}", $"/Candidate/EditProfile?candidateId={aId}",
                     $"/Candidate/Cv?candidateId={aId}", $"/Candidate/Cv?handler=Download&candidateId={aId}&id={aId}",
                     $"/Candidate/Profile/{aId}", $"/Candidate/Cv/{aId}",
                 })
        {
            var body = await (await bBrowser.GetAsync(url)).Content.ReadAsStringAsync();
            body.ShouldNotContain("alice@", Case.Insensitive, url);
            body.ShouldNotContain("Alice Example", Case.Sensitive, url);
            body.ShouldNotContain("alice.pdf", Case.Sensitive, url);
            body.ShouldNotContain("Alice's secret CV", Case.Sensitive, url);
        }

        // Changing "someone else's" profile or CV only ever changes one's own.
        (await bApi.PutAsJsonAsync($"/api/v1/me/profile?candidateId={aId}", new
        {
            candidateId = aId, desiredOccupations = new[] { ProfileApp.Welder }, homePlace = "Oegstgeest", maxCommuteKm = 5,
        })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await bApi.DeleteAsync($"/api/v1/me/cv?candidateId={aId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await BrowserForm.LoadAsync(bBrowser, "/Candidate/Cv")).PostAsync(bBrowser, "Delete");

        var a = await aApi.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        a.GetProperty("homePlace").GetString().ShouldBe("Leiden");
        (await aApi.GetByteArrayAsync("/api/v1/me/cv")).ShouldBe(aCv);
        (await aBrowser.GetByteArrayAsync("/Candidate/Cv?handler=Download")).ShouldBe(aCv);
        var b = await bApi.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        b.GetProperty("homePlace").GetString().ShouldBe("Oegstgeest");
        b.GetProperty("displayName").GetString().ShouldBe("Bob Example");
    }

    private async Task<(HttpClient Browser, HttpClient Api)> CandidateAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var browser = await app.CandidateBrowserAsync(email, $"{char.ToUpperInvariant(name[0])}{name[1..]} Example");
        return (browser, await app.ApiClientAsync(email));
    }

    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method is "PUT" ? JsonContent.Create(new { desiredOccupations = new[] { ProfileApp.Welder } })
            : method is "POST" ? new MultipartFormDataContent { { new ByteArrayContent(CvFiles.Pdf()), "file", "cv.pdf" } }
            : null,
    };
}
