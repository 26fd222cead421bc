using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TalentMatch.Web.AcceptanceTests.Infrastructure;
using TalentMatch.Web.AcceptanceTests.Vacancies;

namespace TalentMatch.Web.AcceptanceTests.Browser;

/// <summary>The application pages of both sides in Chromium, with and without field errors: axe finds no violations.</summary>
public sealed class ApplicationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task ApplicationPages_HaveNoAxeViolations()
    {
        var employer = await AccountAsync("employer", "werk@axe-apps.example", new { organisationName = "Axe Las", kvkNumber = "87654321" });
        var candidate = await AccountAsync("candidate", "ana@axe-apps.example", new { displayName = "Ana Axe" });
        (await candidate.PutAsJsonAsync("/api/v1/me/profile", new { desiredOccupations = new[] { People.WelderUri } })).EnsureSuccessStatusCode();
        var vacancy = await People.PublishedAsync(employer, "Lasser axe");
        var other = await People.PublishedAsync(employer, "Lasser axe twee");
        var apply = await candidate.PostAsJsonAsync($"/api/v1/vacancies/{vacancy}/applications", new { motivation = "Ik las." });
        apply.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await apply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await employer.PostAsJsonAsync($"/api/v1/applications/{id}/messages", new { text = "Welkom" })).EnsureSuccessStatusCode();
        (await employer.PostAsJsonAsync($"/api/v1/applications/{id}/stage", new { stage = "Offer" })).EnsureSuccessStatusCode();

        var candidatePage = await SignedInAsync("ana@axe-apps.example");
        await AxeCleanAsync(candidatePage, "/Candidate/Applications", $"/Candidate/Applications/Details/{id}",
            $"/Candidate/Applications/Apply/{other}", $"/Candidate/Applications/Report/{other}", $"/Vacancies/Details/{other}");
        await candidatePage.GotoAsync($"/Candidate/Applications/Details/{id}");
        await candidatePage.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(candidatePage.Locator("[data-error-summary]")).ToBeVisibleAsync();
        await AxeCleanAsync(candidatePage);

        var employerPage = await SignedInAsync("werk@axe-apps.example");
        await AxeCleanAsync(employerPage, "/Employer/Applications", $"/Employer/Applications/Details/{id}",
            $"/Employer/Vacancies/Applications/{vacancy}", $"/Employer/Vacancies/Matches/{vacancy}");
        await employerPage.GotoAsync($"/Employer/Applications/Hire/{id}");
        await employerPage.GetByRole(AriaRole.Button, new() { Name = "Record the hire" }).ClickAsync();
        await Assertions.Expect(employerPage.Locator("[data-error-summary]")).ToBeVisibleAsync();
        await AxeCleanAsync(employerPage);
    }

    private static async Task AxeCleanAsync(IPage page, params string[] urls)
    {
        foreach (var url in urls.Length == 0 ? [string.Empty] : urls)
        {
            if (url.Length > 0)
            {
                var response = await page.GotoAsync(url);
                response!.Status.ShouldBe(200, url);
            }

            var result = await page.RunAxe();
            result.Violations.Select(v => $"{page.Url} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")
                .ShouldBeEmpty();
        }
    }

    /// <summary>Registers through the API, confirms from the outbox and returns a client with a bearer token.</summary>
    private async Task<HttpClient> AccountAsync(string kind, string email, object details)
    {
        var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        var body = JsonSerializer.SerializeToElement(details).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value.GetString());
        body["email"] = email;
        body["password"] = Visitor.Password;
        (await client.PostAsJsonAsync($"/api/v1/auth/register/{kind}", body)).EnsureSuccessStatusCode();
        (await client.GetAsync(await fixture.App.LinkToAsync(email, "/Account/ConfirmEmail"))).EnsureSuccessStatusCode();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Visitor.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Visitor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        return page;
    }
}
