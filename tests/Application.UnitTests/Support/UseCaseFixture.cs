using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Common.Email;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Application.UnitTests.Support;

/// <summary>Handlers run on SQLite in memory (real relational constraints) with fake identity, links and templates.</summary>
public sealed class UseCaseFixture : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public UseCaseFixture()
    {
        _connection.Open();
        Db = new SqliteApplicationDbContext(new DbContextOptionsBuilder<SqliteApplicationDbContext>()
            .UseSqlite(_connection).Options);
        Db.Database.EnsureCreated();
        Emails = new AccountEmails(Identity, new EmailOutbox(Db, new FakeEmailTemplates(), Clock), new FakeAppLinks(), Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public FakeIdentityService Identity { get; } = new();

    public SqliteApplicationDbContext Db { get; }

    public AccountEmails Emails { get; }

    /// <summary>A second context on the same database, to check what was really saved.</summary>
    public SqliteApplicationDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite(_connection).Options);

    public void Dispose()
    {
        Db.Dispose();
        _connection.Dispose();
    }
}
