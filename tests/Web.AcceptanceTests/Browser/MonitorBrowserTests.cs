using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Browser;

/// <summary>The monitor in Chromium on a small demo world: charts drawn beside their tables, no axe violations (en, nl, an error).</summary>
public sealed class MonitorBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Email = "monitor@axe-monitor.example";

    [BrowserFact]
    public async Task MonitorPage_HasNoAxeViolations_AndDrawsItsCharts()
    {
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(new DemoSize(6, 20, 40, 40), 99, null, default);
            await scope.ServiceProvider.GetRequiredService<IIdentityService>()
                .CreateAsync(Email, Visitor.Password, Roles.Municipality, "en", true, default);
        }

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync(Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Visitor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

        foreach (var url in new[] { "/Municipality/Monitor", "/Municipality/Monitor?culture=nl&sector=healthcare", "/Municipality/Monitor?from=2026-13" })
        {
            (await page.GotoAsync(url))!.Status.ShouldBe(200, url);
            var result = await page.RunAxe();
            result.Violations.Select(v => $"{url} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")
                .ShouldBeEmpty();
        }

        await page.GotoAsync("/Municipality/Monitor");
        (await page.EvaluateAsync<int>("() => Object.keys(Chart.instances).length")).ShouldBe(8, "a chart for each chartable table");
    }
}
