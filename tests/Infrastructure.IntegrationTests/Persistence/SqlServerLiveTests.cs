using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Infrastructure.IntegrationTests.Support;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.IntegrationTests.Persistence;

/// <summary>The same round trip against a real SQL Server, on a database created for the run and dropped after.</summary>
public sealed class SqlServerLiveTests
{
    [SqlServerFact]
    public async Task Migrate_ThenRoundTrip_Works()
    {
        var builder = new SqlConnectionStringBuilder(Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable))
        {
            InitialCatalog = $"talentmatch_test_{Guid.NewGuid():N}",
        };
        var options = new DbContextOptionsBuilder<SqlServerApplicationDbContext>()
            .UseSqlServer(builder.ConnectionString).Options;
        await using var context = new SqlServerApplicationDbContext(options);
        try
        {
            await context.Database.MigrateAsync();
            var now = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
            context.Employers.Add(Employer.Register("Zorg BV", KvkNumber.Create("87654321"), false, UserId.New(), now));
            await context.SaveChangesAsync();

            (await context.Employers.AsNoTracking().SingleAsync()).RegisteredAt.ShouldBe(now);
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }
        finally
        {
            await context.Database.EnsureDeletedAsync();
        }
    }
}
