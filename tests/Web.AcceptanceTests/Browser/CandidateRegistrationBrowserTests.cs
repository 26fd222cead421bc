using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Browser;

public sealed class CandidateRegistrationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Candidate_RegistersConfirmsAndLogsIn_InChromium()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Your name").FillAsync("Piotr Nowak");
        await page.GetByLabel("E-mail address").FillAsync("piotr@example.org");
        await page.GetByLabel("Password").FillAsync("spawacz z leiden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your e-mail");

        await page.GotoAsync(await fixture.App.LinkToAsync("piotr@example.org", "/Account/ConfirmEmail"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("E-mail address confirmed");

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync("piotr@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("spawacz z leiden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Candidate/Profile$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Piotr Nowak");
    }

    [BrowserFact]
    public async Task Register_WithBadInput_ShowsErrorsNextToTheFields_InChromium()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("E-mail address").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Email']")).ToContainTextAsync("not a valid email");
        await Assertions.Expect(page.GetByLabel("E-mail address")).ToHaveValueAsync("not an address");
    }

    [BrowserFact]
    public async Task HomePage_HasNoAxeViolations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        var result = await page.RunAxe();

        result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")
            .ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task ApiReference_RendersOurEndpoints_InChromium()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/api-reference");

        await Assertions.Expect(page.GetByText("/api/v1/auth/register/candidate").First)
            .ToBeVisibleAsync(new() { Timeout = 20_000 });
    }
}
