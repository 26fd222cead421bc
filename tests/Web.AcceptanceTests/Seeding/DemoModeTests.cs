using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Seeding;

public sealed class DemoModeTests
{
    private static readonly Dictionary<string, string?> Demo = new() { ["Demo:Enabled"] = "true" };

    [Fact]
    public async Task Start_InDemoMode_WritesUsableAccountsForEveryRole_AndKeepsThemOnRestart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "talentmatch-tests", Guid.NewGuid().ToString("N"));
        try
        {
            string[] firstRun;
            using (var app = new TalentMatchWebFactory(Demo, dataDirectory))
            {
                app.CreateClient();
                firstRun = await File.ReadAllLinesAsync(Path.Combine(dataDirectory, "demo-accounts.txt"));
                firstRun.Select(l => l.Split('\t')[0]).ShouldBe(["Candidate", "Employer", "Municipality", "Admin"]);
                var candidate = firstRun[0].Split('\t');
                candidate[2].Length.ShouldBeGreaterThanOrEqualTo(20);
                var browser = app.NewBrowser();
                var login = await Visitor.LoginAsync(browser, candidate[1], candidate[2]);
                login.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Candidate/Profile");
                await Search.Eventually.GetJsonAsync(app.CreateClient(), "/api/v1/vacancies?pageSize=5",
                    v => v.GetProperty("total").GetInt32() == DemoSize.Default.Vacancies, "every demo vacancy indexed");
                await AssertDemoCandidateFindsWeldingJobsAsync(browser);
                (await app.WithDbAsync(db => db.Candidates.CountAsync())).ShouldBe(DemoSize.Default.AllCandidates + 1);
                (await app.WithDbAsync(db => db.Placements.CountAsync())).ShouldBeGreaterThan(DemoSize.Default.PastVacancies,
                    "one to three hires per filled vacancy of the past year");
                var employer = firstRun[1].Split('\t');
                (await Visitor.LoginAsync(app.NewBrowser(), employer[1], employer[2])).RequestMessage!.RequestUri!.AbsolutePath
                    .ShouldBe("/Employer");
            }

            using var restarted = new TalentMatchWebFactory(Demo, dataDirectory);
            restarted.CreateClient();
            (await File.ReadAllLinesAsync(Path.Combine(dataDirectory, "demo-accounts.txt"))).ShouldBe(firstRun);
            (await restarted.WithDbAsync(db => db.Vacancies.CountAsync()))
                .ShouldBe(DemoSize.Default.Vacancies + DemoSize.Default.PastVacancies);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>The demo candidate is a Polish welder with Dutch A2: "lasser" jobs come first, with what is missing.</summary>
    private static async Task AssertDemoCandidateFindsWeldingJobsAsync(HttpClient browser)
    {
        string page;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            page = await browser.GetStringAsync("/Candidate/Matches");
        }
        while (!page.Contains("data-vacancy=", StringComparison.Ordinal) && clock.Elapsed < Search.Eventually.Timeout
            && await Task.Delay(200).ContinueWith(_ => true));

        var first = page[page.IndexOf("data-vacancy=", StringComparison.Ordinal)..];
        first = first[..first.IndexOf("</li>", StringComparison.Ordinal)];
        first.ShouldMatch("(?is)(welder|lasser)");
        first.ShouldContain("Why this match");
        first.ShouldContain("data-explanation=\"missing\"");
    }

    [Fact]
    public async Task Start_WithoutDemoMode_CreatesNoDemoAccounts()
    {
        using var app = new TalentMatchWebFactory();
        app.CreateClient();

        File.Exists(Path.Combine(app.DataDirectory, "demo-accounts.txt")).ShouldBeFalse();
        (await app.WithDbAsync(db => Task.FromResult(db.Users.Count()))).ShouldBe(0);
    }
}
