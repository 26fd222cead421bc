using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Browser;

/// <summary>The alert pages in Chromium: save a search, see and change it, unsubscribe; axe finds no violations.</summary>
public sealed class AlertsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task SaveSearch_ThenAlertPages_HaveNoAxeViolations()
    {
        var page = await SignedInCandidateAsync("alerts-axe@example.org");

        await page.GotoAsync("/Vacancies?q=lasser&near=Leiden&radiusKm=25");
        await page.GetByLabel("E-mail me new vacancies for this search").SelectOptionAsync("Daily");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this search as an alert" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-alert-saved]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, "/Vacancies (saved)");

        await page.GotoAsync("/Alerts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("lasser · Leiden · 25 km");
        await AssertNoViolationsAsync(page, "/Alerts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change lasser · Leiden · 25 km" }).ClickAsync();
        await page.GetByLabel("From").FillAsync("22:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, "/Alerts/Edit (with errors)");
        await page.GotoAsync("/Candidate/Matches");
        await AssertNoViolationsAsync(page, "/Candidate/Matches (alert switch)");

        var alert = await fixture.App.WithDbAsync(db => db.AlertSubscriptions.Select(a => a.Id).SingleAsync());
        var token = fixture.App.Services.GetRequiredService<IUnsubscribeTokens>().Create(new UnsubscribeToken([alert], "nl"));
        await page.GotoAsync($"/alerts/unsubscribe?token={Uri.EscapeDataString(token)}");
        await AssertNoViolationsAsync(page, "/alerts/unsubscribe (confirm, Dutch)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-unsubscribed]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, "/alerts/unsubscribe (done)");
    }

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        result.Violations.Select(v => $"{what} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")
            .ShouldBeEmpty();
    }

    private async Task<IPage> SignedInCandidateAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Your name").FillAsync("Piotr Nowak");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Visitor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your e-mail");
        await page.GotoAsync(await fixture.App.LinkToAsync(email, "/Account/ConfirmEmail"));
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Visitor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Candidate/Profile$"));
        return page;
    }
}
