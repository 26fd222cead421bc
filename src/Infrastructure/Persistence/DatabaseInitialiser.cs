using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Infrastructure.Identity.Seeding;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>Creates or migrates the database and seeds roles, bootstrap and (in demo mode) demo accounts.</summary>
public sealed class DatabaseInitialiser(ApplicationDbContext db, IOptions<DatabaseOptions> options,
    ReferenceDataSeeder referenceData, AccountSeeder accounts, DemoAccountSeeder demo, DemoDataSeeder demoData, DemoStory story, IOptions<DemoOptions> demoOptions,
    ILogger<DatabaseInitialiser> logger)
{
    public async Task<IReadOnlyList<DemoAccount>> InitialiseAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging lets the web requests read while the dispatcher writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated ({Provider})", db.Database.ProviderName);
        }

        await referenceData.SeedAsync(cancellationToken);
        await accounts.SeedAsync(cancellationToken);
        if (!demoOptions.Value.Enabled)
        {
            return [];
        }

        var demoAccounts = await demo.SeedAsync(cancellationToken);
        await demoData.SeedAsync(DemoSize.Default, DemoSize.DefaultSeed, progress: null, cancellationToken);
        await story.FillCandidateAsync(cancellationToken);
        return demoAccounts;
    }
}
