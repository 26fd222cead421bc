using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Browser;

/// <summary>The profile pages in Chromium: the type-ahead adds an ESCO occupation, and axe finds no violations.</summary>
public sealed class ProfileBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task EditProfile_TypeAhead_AddsTheWelder_AndSaves()
    {
        var page = await SignedInCandidateAsync("typeahead@example.org");

        await page.GotoAsync("/Candidate/EditProfile");
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Find an occupation" });
        await search.PressSequentiallyAsync("lasser", new() { Delay = 30 });
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "welder", Exact = true })).ToBeVisibleAsync();
        await search.PressAsync("ArrowDown");
        await search.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#Input_Occupations").GetByLabel("welder", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(search).ToHaveValueAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your profile");
        await Assertions.Expect(page.Locator("#occupations")).ToContainTextAsync("welder");
    }

    [BrowserFact]
    public async Task ProfilePages_HaveNoAxeViolations()
    {
        var page = await SignedInCandidateAsync("axe@example.org");

        foreach (var url in new[] { "/Candidate/Profile", "/Candidate/EditProfile", "/Candidate/Skills", "/Candidate/Cv" })
        {
            await page.GotoAsync(url);
            var result = await page.RunAxe();
            result.Violations.Select(v => $"{url} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")
                .ShouldBeEmpty();
        }
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
