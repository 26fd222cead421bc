using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.IntegrationTests.Support;

/// <summary>A migrated SQLite database in a temporary file, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private SqliteTestDatabase(string path) => FilePath = path;

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase(Path.Combine(Path.GetTempPath(), $"talentmatch-{Guid.NewGuid():N}.db"));
        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        return database;
    }

    public SqliteApplicationDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
