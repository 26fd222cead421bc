using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Infrastructure.Search.Indexing;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Indexing;

/// <summary>
/// At start the app compares each index with the database and rebuilds one that is missing, corrupt or stale; index
/// changes are written to the outbox in the same transaction as the change itself.
/// </summary>
public sealed class IndexStartupTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "talentmatch-tests", $"startup-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        using var app = new TalentMatchWebFactory([], _data);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>()
                .SeedAsync(new DemoSize(4, 60, 30), 7, null, CancellationToken.None);
        }

        await UpToDateAsync(app);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Start_WithCorruptIndex_RebuildsIt()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_data, "index", "vacancies"), "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(f) != "current"))
        {
            await File.WriteAllBytesAsync(file, new byte[16]);
        }

        using var app = new TalentMatchWebFactory([], _data);
        await UpToDateAsync(app);

        (await IndexedIdsAsync(app)).ShouldBe(await PublishedIdsAsync(app), ignoreOrder: true);
    }

    [Fact]
    public async Task Start_WithIndexOlderThanTheDatabase_RebuildsIt()
    {
        // A change that reached the database but not the index or its outbox (a restore, a manual fix).
        using (var app = new TalentMatchWebFactory([], _data))
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
                "UPDATE Vacancies SET Status = 2 WHERE Id IN (SELECT Id FROM Vacancies WHERE Status = 1 LIMIT 5)"));
            await app.WithDbAsync(db => db.Set<SearchIndexChange>().ExecuteDeleteAsync());
        }

        using var restarted = new TalentMatchWebFactory([], _data);
        await UpToDateAsync(restarted);

        (await IndexedIdsAsync(restarted)).ShouldBe(await PublishedIdsAsync(restarted), ignoreOrder: true);
    }

    [Fact]
    public async Task SaveRolledBack_LeavesNoOutboxRow()
    {
        using var app = new TalentMatchWebFactory(new() { ["Search:DispatcherEnabled"] = "false" }, _data);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatch.Infrastructure.Persistence.ApplicationDbContext>();
        var before = await db.Set<SearchIndexChange>().CountAsync();
        var employer = await db.Employers.FirstAsync();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var vacancy = await db.Vacancies.FirstAsync(v => v.EmployerId == employer.Id && v.Status == VacancyStatus.Published);
            vacancy.Close(employer, employer.OwnerId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            (await db.Set<SearchIndexChange>().CountAsync()).ShouldBe(before + 1, "the row is written with the change");
            await transaction.RollbackAsync();
        }

        (await db.Set<SearchIndexChange>().CountAsync()).ShouldBe(before, "and rolled back with it");
    }

    private static async Task UpToDateAsync(TalentMatchWebFactory app)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var check = scope.ServiceProvider.GetRequiredService<SearchIndexCheck>();
            var reasons = new[] { await check.ReasonToRebuildAsync(IndexName.Vacancies, default),
                await check.ReasonToRebuildAsync(IndexName.Candidates, default) };
            if (reasons.All(r => r is null))
            {
                return;
            }

            (DateTime.UtcNow < deadline).ShouldBeTrue($"the indexes are not up to date: {string.Join("; ", reasons)}");
            await Task.Delay(100);
        }
    }

    private static Task<List<Guid>> PublishedIdsAsync(TalentMatchWebFactory app) =>
        app.WithDbAsync(async db => (await db.Vacancies.Where(v => v.Status == VacancyStatus.Published)
            .Select(v => v.Id).ToListAsync()).Select(id => id.Value).ToList());

    private static async Task<List<Guid>> IndexedIdsAsync(TalentMatchWebFactory app)
    {
        var hits = await app.Services.GetRequiredService<IVacancyIndex>().SearchAsync(
            VacancySearchRequest.All(DateOnly.MinValue) with { PageSize = 1_000 }, CancellationToken.None);
        return [.. hits.Hits.Select(h => h.Id)];
    }
}
