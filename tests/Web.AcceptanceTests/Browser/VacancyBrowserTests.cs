using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Browser;

public sealed class VacancyBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task OccupationAutocomplete_PickingLasser_OffersTheWeldersEssentialSkills_InChromium()
    {
        var page = await SignedInEmployerAsync("autocomplete@lasbedrijf.example");

        await page.GotoAsync("/Employer/Vacancies/Edit");
        await page.GetByLabel("Job title").FillAsync("Lasser");
        await page.GetByLabel("Occupation (ESCO)").PressSequentiallyAsync("lasser", new() { Delay = 50 });
        await page.GetByRole(AriaRole.Option, new() { Name = "welder", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#Input_OccupationUri"))
            .ToHaveValueAsync("http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b");
        await Assertions.Expect(page.GetByLabel("Job title")).ToHaveValueAsync("Lasser");
        (await page.Locator("select[name^='Input.Skills']").CountAsync()).ShouldBeGreaterThan(3);
    }

    [BrowserFact]
    public async Task VacancyForm_HasNoAxeViolations()
    {
        var page = await SignedInEmployerAsync("axe@lasbedrijf.example");
        await page.GotoAsync("/Employer/Vacancies/Edit");

        var result = await page.RunAxe();

        result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")
            .ShouldBeEmpty();
    }

    private async Task<IPage> SignedInEmployerAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/RegisterEmployer");
        await page.GetByLabel("Organisation name").FillAsync("Lasbedrijf");
        await page.GetByLabel("KvK number").FillAsync(Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Your work e-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Visitor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register organisation" }).ClickAsync();
        await page.GotoAsync(await fixture.App.LinkToAsync(email, "/Account/ConfirmEmail"));
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Visitor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Employer$|/Account/Home$"));
        return page;
    }
}
