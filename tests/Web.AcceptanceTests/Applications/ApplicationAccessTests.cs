using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TalentMatch.Web.AcceptanceTests.Applications;

/// <summary>
/// Who reaches which application, over real HTTP: the candidate only their own, an organisation's members only
/// applications to its vacancies (recruiters too), the municipality and admins nothing at all, anonymous callers
/// are asked to log in.
/// </summary>
[Collection(ApplicationAppCollection.Name)]
public sealed class ApplicationAccessTests(ApplicationWebFactory app)
{
    private const string Someone = "00000000-0000-4000-8000-000000000001";

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/api/v1/me/applications" },
        { "GET", $"/api/v1/me/applications/{Someone}" },
        { "GET", $"/api/v1/me/applications/{Someone}/cv" },
        { "POST", $"/api/v1/me/applications/{Someone}/messages" },
        { "POST", $"/api/v1/me/applications/{Someone}/withdraw" },
        { "POST", $"/api/v1/me/applications/{Someone}/accept" },
        { "POST", $"/api/v1/me/applications/{Someone}/decline" },
        { "PUT", $"/api/v1/me/applications/{Someone}/retention" },
        { "POST", $"/api/v1/vacancies/{Someone}/applications" },
        { "GET", "/api/v1/me/placements" },
        { "POST", "/api/v1/me/placements" },
        { "GET", $"/api/v1/vacancies/{Someone}/applications" },
        { "POST", $"/api/v1/vacancies/{Someone}/invitations" },
        { "GET", $"/api/v1/vacancies/{Someone}/placements" },
        { "GET", "/api/v1/applications" },
        { "GET", $"/api/v1/applications/{Someone}" },
        { "GET", $"/api/v1/applications/{Someone}/cv" },
        { "POST", $"/api/v1/applications/{Someone}/stage" },
        { "POST", $"/api/v1/applications/{Someone}/hire" },
        { "POST", $"/api/v1/applications/{Someone}/messages" },
        { "POST", $"/api/v1/applications/{Someone}/notes" },
        { "GET", $"/api/v1/placements/{Someone}" },
        { "POST", $"/api/v1/placements/{Someone}/confirm" },
        { "POST", $"/api/v1/placements/{Someone}/reject" },
    };

    public static TheoryData<string> Pages() =>
    [
        "/Candidate/Applications", $"/Candidate/Applications/Details/{Someone}", $"/Candidate/Applications/Apply/{Someone}",
        $"/Candidate/Applications/Report/{Someone}", "/Employer/Applications", $"/Employer/Applications/Details/{Someone}",
        $"/Employer/Applications/Hire/{Someone}", $"/Employer/Vacancies/Applications/{Someone}",
        $"/Employer/Placements/Confirm/{Someone}",
    ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_MunicipalityAndAdmin_Get403_Anonymous401(string method, string path)
    {
        foreach (var client in new[] { app.World.Municipality, app.World.Admin })
        {
            (await client.SendAsync(Request(method, path))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        (await app.CreateClient().SendAsync(Request(method, path))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Municipality_Gets403_Anonymous_IsSentToLogin(string path)
    {
        (await app.World.MunicipalityBrowser.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        var anonymous = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task AnotherCandidate_AndAnotherOrganisation_Get404_ForEveryAction_ARecruiterIsAllowed()
    {
        var w = app.World;
        var vacancy = await w.NewVacancyAsync("Lasser toegang");
        var id = await w.AnaAppliesAsync(vacancy);

        foreach (var (method, path) in new[] { ("GET", ""), ("GET", "/cv"), ("POST", "/messages"), ("POST", "/withdraw"),
                     ("POST", "/accept"), ("POST", "/decline"), ("PUT", "/retention") })
        {
            (await w.Bo.SendAsync(Request(method, $"/api/v1/me/applications/{id}{path}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        foreach (var (method, path) in new[] { ("GET", ""), ("GET", "/cv"), ("POST", "/stage"), ("POST", "/hire"),
                     ("POST", "/messages"), ("POST", "/notes") })
        {
            (await w.OtherEmployer.SendAsync(Request(method, $"/api/v1/applications/{id}{path}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await w.OtherEmployer.GetAsync($"/api/v1/vacancies/{vacancy}/applications")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.OtherEmployer.GetAsync($"/api/v1/vacancies/{vacancy}/placements")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.Bo.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me/applications")).GetProperty("items")
            .EnumerateArray().ShouldNotContain(a => a.GetProperty("id").GetGuid() == id);
        (await w.Recruiter.GetAsync($"/api/v1/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await w.Recruiter.PostAsJsonAsync($"/api/v1/applications/{id}/stage", new { stage = "Screening" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        // Valid for every endpoint, so that access is decided, not input (bad input is a 400 that confirms nothing).
        Content = method == "GET" ? null : JsonContent.Create(new
        {
            text = "x", stage = "Screening", keepForAYear = true, hoursPerWeek = 38, contractType = "Permanent",
            startDate = DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }),
    };
}
