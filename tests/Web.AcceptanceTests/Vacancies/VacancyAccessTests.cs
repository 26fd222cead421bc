using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Vacancies;

/// <summary>Employer Y cannot see or touch employer X's vacancies; others cannot create any.</summary>
public sealed class VacancyAccessTests(VacancyWebFactory app) : IClassFixture<VacancyWebFactory>
{
    [Fact]
    public async Task OtherEmployer_GetsNotFound_ForDraftsAndEveryChange_ThroughApi()
    {
        var x = await People.EmployerApiAsync(app, "x@api-access.example", "Organisation X");
        var y = await People.EmployerApiAsync(app, "y@api-access.example", "Organisation Y");
        var draft = await People.CreateAsync(x, People.Welder("X draft"));
        var published = await People.PublishedAsync(x, "X published");

        (await y.GetAsync($"/api/v1/vacancies/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await y.GetAsync($"/api/v1/vacancies/{published}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var id in new[] { draft, published })
        {
            (await y.PutAsJsonAsync($"/api/v1/vacancies/{id}", People.Welder("Taken over"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            foreach (var action in new[] { "publish", "close", "fill" })
            {
                (await y.PostAsync($"/api/v1/vacancies/{id}/{action}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, action);
            }
        }

        var mine = await y.GetFromJsonAsync<JsonElement>("/api/v1/me/vacancies");
        mine.GetProperty("total").GetInt32().ShouldBe(0);
        var x1 = await x.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{draft}");
        x1.GetProperty("title").GetString().ShouldBe("X draft");
        x1.GetProperty("status").GetString().ShouldBe("Draft");
        (await x.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{published}")).GetProperty("status").GetString().ShouldBe("Published");
    }

    [Fact]
    public async Task OtherEmployer_GetsNotFound_ThroughPages()
    {
        var x = await People.EmployerApiAsync(app, "x@page-access.example", "Organisation PX");
        var draft = await People.CreateAsync(x, People.Welder("PX draft"));
        var y = await People.EmployerBrowserAsync(app, "y@page-access.example", "Organisation PY");

        (await y.GetAsync($"/Employer/Vacancies/Edit/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await y.GetAsync($"/Employer/Vacancies/Details/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await y.GetAsync($"/Vacancies/Details/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A valid antiforgery token of Y's own form, posted at X's vacancy.
        var form = await HtmlForm.LoadAsync(y, "/Employer/Vacancies/Edit");
        (await form.Set("Input.Title", "Hijack").PostToAsync(y, $"/Employer/Vacancies/Edit/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await form.PostToAsync(y, $"/Employer/Vacancies/Details/{draft}?handler=Publish")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await x.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{draft}")).GetProperty("title").GetString().ShouldBe("PX draft");
    }

    [Fact]
    public async Task AnonymousAndCandidates_CannotCreate_AndDoNotSeeDrafts()
    {
        var x = await People.EmployerApiAsync(app, "x@anon-access.example", "Organisation AX");
        var draft = await People.CreateAsync(x, People.Welder());
        var anonymous = app.CreateClient();
        var browser = app.NewBrowser();
        (await Visitor.RegisterCandidateAsync(browser, "ana@anon-access.example")).EnsureSuccessStatusCode();
        await Visitor.ConfirmFromOutboxAsync(app, browser, "ana@anon-access.example");
        var candidate = await People.ApiAsync(app, "ana@anon-access.example", Visitor.Password);

        (await anonymous.PostAsJsonAsync("/api/v1/vacancies", People.Welder())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await candidate.PostAsJsonAsync("/api/v1/vacancies", People.Welder())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await candidate.GetAsync("/api/v1/me/vacancies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync($"/api/v1/vacancies/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await candidate.GetAsync($"/api/v1/vacancies/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var noRedirect = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await noRedirect.GetAsync("/Employer/Vacancies/Edit");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task InvitedRecruiter_ManagesOwnersVacancies_ButCannotInvite()
    {
        var owner = await People.EmployerBrowserAsync(app, "owner@recruit.example", "Recruiting Org");
        var ownerApi = await People.ApiAsync(app, "owner@recruit.example", Visitor.Password);
        var draft = await People.CreateAsync(ownerApi, People.Welder("Owner's draft"));

        var invited = await (await HtmlForm.LoadAsync(owner, "/Employer/Members", "#invite"))
            .Set("Input.Email", "recruiter@recruit.example").PostAsync(owner);
        invited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = await app.LinkToAsync("recruiter@recruit.example", "/Account/AcceptInvitation");
        var colleague = app.NewBrowser();
        var joined = await (await HtmlForm.LoadAsync(colleague, link)).Set("Input.Password", "lasser zoekt werk 42").PostAsync(colleague);
        joined.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/Login");
        (await Visitor.LoginAsync(colleague, "recruiter@recruit.example", "lasser zoekt werk 42")).EnsureSuccessStatusCode();

        var list = await HtmlPage.ParseAsync(await colleague.GetAsync("/Employer/Vacancies"));
        list.QuerySelector($"a[href='/Employer/Vacancies/Details/{draft}']")!.TextContent.ShouldBe("Owner's draft");
        var recruiter = await People.ApiAsync(app, "recruiter@recruit.example", "lasser zoekt werk 42");
        (await recruiter.PutAsJsonAsync($"/api/v1/vacancies/{draft}", People.Welder("Edited by recruiter"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await recruiter.PostAsync($"/api/v1/vacancies/{draft}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var history = (await ownerApi.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{draft}")).GetProperty("history");
        history[history.GetArrayLength() - 1].GetProperty("by").GetString().ShouldBe("recruiter@recruit.example");
        history[history.GetArrayLength() - 1].GetProperty("to").GetString().ShouldBe("Published");

        (await recruiter.PostAsJsonAsync("/api/v1/me/organisation/invitations", new { email = "third@recruit.example" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await recruiter.PutAsJsonAsync("/api/v1/me/organisation", new { name = "Renamed" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var members = await HtmlPage.ParseAsync(await colleague.GetAsync("/Employer/Members"));
        members.QuerySelector("#invite").ShouldBeNull();
        members.QuerySelector("[data-member='owner@recruit.example']").ShouldNotBeNull();
        (await colleague.GetAsync("/Employer/Organisation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await recruiter.GetFromJsonAsync<JsonElement>("/api/v1/me/organisation")).GetProperty("isOwner").GetBoolean().ShouldBeFalse();
        (await app.MessagesToAsync("third@recruit.example")).ShouldBeEmpty();

        var team = await ownerApi.GetFromJsonAsync<JsonElement>("/api/v1/me/organisation/members");
        var recruiterId = team.GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("role").GetString() == "Recruiter").GetProperty("userId").GetGuid();
        (await recruiter.DeleteAsync($"/api/v1/me/organisation/members/{recruiterId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ownerApi.DeleteAsync($"/api/v1/me/organisation/members/{recruiterId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await recruiter.GetAsync("/api/v1/me/organisation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await recruiter.PostAsync($"/api/v1/vacancies/{draft}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InvitationLink_UsedTwiceOrTampered_IsRefused()
    {
        var owner = await People.EmployerApiAsync(app, "owner@twice.example", "Twice Org");
        (await owner.PostAsJsonAsync("/api/v1/me/organisation/invitations", new { email = "once@twice.example" }))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var link = await app.LinkToAsync("once@twice.example", "/Account/AcceptInvitation");

        (await app.CreateClient().GetAsync(link[..^3] + "xyz")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var browser = app.NewBrowser();
        await (await HtmlForm.LoadAsync(browser, link)).Set("Input.Password", "lasser zoekt werk 42").PostAsync(browser);
        (await app.CreateClient().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
