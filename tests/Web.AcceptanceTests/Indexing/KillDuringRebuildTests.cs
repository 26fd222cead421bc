using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Search.Indexing;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Indexing;

/// <summary>
/// The consistency promise: kill the process while it rebuilds the index; after a restart the index holds exactly
/// the database's published vacancies (none missing, none stale). The app runs as its own process here (the
/// rebuild-index command), so the kill is a real SIGKILL.
/// </summary>
public sealed partial class KillDuringRebuildTests : IAsyncLifetime
{
    private const int Vacancies = 4_000;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "talentmatch-tests", $"kill-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        using var demo = AppProcess.Start("demo-data", "--employers", "20", "--vacancies", $"{Vacancies}",
            "--candidates", "50", $"--Storage:DataDirectory={_data}");
        (await demo.WaitAsync(TimeSpan.FromMinutes(4))).ShouldBe(0, demo.Output);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KilledFirstBuild_AfterRestart_IndexMatchesTheDatabase()
    {
        await KillMidwayAsync();

        await AssertIndexMatchesDatabaseAfterRestartAsync();
    }

    [Fact]
    public async Task KilledRebuild_KeepsTheLiveIndex_AndAfterRestartItMatchesTheDatabase()
    {
        using (var full = AppProcess.Start("rebuild-index", "vacancies", $"--Storage:DataDirectory={_data}"))
        {
            (await full.WaitAsync(TimeSpan.FromMinutes(3))).ShouldBe(0, full.Output);
        }

        await KillMidwayAsync();

        await AssertIndexMatchesDatabaseAfterRestartAsync();
    }

    private async Task KillMidwayAsync()
    {
        using var rebuild = AppProcess.Start("rebuild-index", "vacancies", $"--Storage:DataDirectory={_data}");
        var midway = await rebuild.WaitForOutputAsync(output => Percentages(output).Any(p => p is > 0 and < 100),
            TimeSpan.FromMinutes(3));
        midway.ShouldBeTrue($"no progress between 0 and 100 % was seen:\n{rebuild.Output}");
        rebuild.Kill();
        Percentages(rebuild.Output).ShouldNotContain(100, "the rebuild finished before the kill; the test proves nothing");
    }

    private async Task AssertIndexMatchesDatabaseAfterRestartAsync()
    {
        using var app = new TalentMatchWebFactory([], _data);
        _ = app.Services; // starts the host: the dispatcher checks the index and rebuilds it when needed
        var check = async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SearchIndexCheck>()
                .ReasonToRebuildAsync(IndexName.Vacancies, CancellationToken.None);
        };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await check() is { } reason)
        {
            (DateTime.UtcNow < deadline).ShouldBeTrue($"the index still needs a rebuild: {reason}");
            await Task.Delay(200);
        }

        var published = await app.WithDbAsync(db => db.Vacancies.Where(v => v.Status == VacancyStatus.Published)
            .Select(v => v.Id).ToListAsync());
        var indexed = await AllIndexedIdsAsync(app.Services.GetRequiredService<IVacancyIndex>());
        indexed.Count.ShouldBe(published.Count);
        indexed.ToHashSet().SetEquals(published.Select(id => id.Value)).ShouldBeTrue("indexed ids differ from the database");
        published.Count.ShouldBeGreaterThan(Vacancies / 2);
    }

    private static async Task<List<Guid>> AllIndexedIdsAsync(IVacancyIndex index)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var hits = await index.SearchAsync(VacancySearchRequest.All(DateOnly.MinValue) with
            {
                Sort = VacancySort.Date, Page = page, PageSize = 1_000,
            }, CancellationToken.None);
            ids.AddRange(hits.Hits.Select(h => h.Id));
            if (hits.Hits.Count < 1_000)
            {
                return ids;
            }
        }
    }

    private static IEnumerable<int> Percentages(string output) =>
        Percent().Matches(output).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\]\s+(\d{1,3})%")]
    private static partial Regex Percent();
}
