using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.IntegrationTests.Persistence;

/// <summary>Offline checks of the SQL Server migrations: no server is needed to generate the script.</summary>
public sealed class SqlServerMigrationScriptTests
{
    private static SqlServerApplicationDbContext NewContext() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void GenerateScript_ContainsTheCoreTablesAndConstraints()
    {
        using var context = NewContext();

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "Employers", "Candidates", "OutboundEmails", "AspNetUsers", "AspNetRoles",
                     "AspNetUserRoles", "DataProtectionKeys", "Certificates" })
        {
            script.ShouldContain($"CREATE TABLE [{table}]");
        }

        script.ShouldContain("CREATE UNIQUE INDEX [IX_Employers_KvkNumber]");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_OutboundEmails_IdempotencyKey]");
        script.ShouldContain("[KvkNumber] varchar(8) NOT NULL");
        script.ShouldContain("datetimeoffset");
    }

    [Fact]
    public void SqlServerModel_HasNoChangesMissingFromItsMigrations()
    {
        using var context = NewContext();

        context.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for SqlServer");
    }

    [Fact]
    public async Task SqliteModel_HasNoChangesMissingFromItsMigrations()
    {
        await using var database = await Support.SqliteTestDatabase.CreateAsync();
        await using var context = database.NewContext();

        context.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for Sqlite");
    }

    [Fact]
    public void EachProvider_HasItsOwnMigrations()
    {
        using var sqlServer = NewContext();
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);

        var sqlServerMigrations = sqlServer.Database.GetMigrations().ToList();
        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();

        sqlServerMigrations.ShouldNotBeEmpty();
        sqliteMigrations.ShouldNotBeEmpty();
        sqlServer.GetService<IMigrationsAssembly>().Migrations.Values
            .ShouldAllBe(t => t.Namespace!.EndsWith(".SqlServer", StringComparison.Ordinal));
        sqlite.GetService<IMigrationsAssembly>().Migrations.Values
            .ShouldAllBe(t => t.Namespace!.EndsWith(".Sqlite", StringComparison.Ordinal));
    }
}
