using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

/// <summary>A migrated SQLite database in a temporary file; every context is a separate connection.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private SqliteTestDatabase()
    {
        ConnectionString = $"Data Source={_directory.PathOf("test.db")};Pooling=False";
    }

    public string ConnectionString { get; }

    public string DirectoryPath => _directory.FullPath;

    public static SqliteTestDatabase CreateEmpty() => new();

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await database.MigrateAsync();
        return database;
    }

    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public SqliteApplicationDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite(ConnectionString).Options);

    public async Task AddAsync(params OutboundEmail[] emails)
    {
        await using var db = CreateContext();
        db.OutboundEmails.AddRange(emails);
        await db.SaveChangesAsync();
    }

    public async Task<List<OutboundEmail>> AllAsync()
    {
        await using var db = CreateContext();
        return await db.OutboundEmails.AsNoTracking().ToListAsync();
    }

    public async Task<OutboundEmail> FindAsync(OutboundEmailId id)
    {
        await using var db = CreateContext();
        return await db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    public void Dispose() => _directory.Dispose();
}
