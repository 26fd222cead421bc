using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.IntegrationTests.Email;

public sealed class EmailSuppressionsTests : IAsyncLifetime
{
    private const string Address = "anna.de.vries@example.test";
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SuppressAsync_ThenIsSuppressed_IsTrueOnlyForThatAddress()
    {
        await using (var db = _database.CreateContext())
        {
            await Suppressions(db).SuppressAsync(Address, SuppressionReason.Bounce, CancellationToken.None);
        }

        await using var reader = _database.CreateContext();
        (await Suppressions(reader).IsSuppressedAsync(Address, CancellationToken.None)).ShouldBeTrue();
        (await Suppressions(reader).IsSuppressedAsync("someone.else@example.test", CancellationToken.None)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Anna.De.Vries@Example.TEST")]
    [InlineData("  anna.de.vries@example.test\t")]
    [InlineData("ANNA.DE.VRIES@EXAMPLE.TEST ")]
    public async Task IsSuppressedAsync_IgnoresCaseAndSurroundingWhitespace(string spelling)
    {
        await using var db = _database.CreateContext();
        await Suppressions(db).SuppressAsync(Address, SuppressionReason.SpamReport, CancellationToken.None);

        (await Suppressions(db).IsSuppressedAsync(spelling, CancellationToken.None)).ShouldBeTrue();
    }

    [Fact]
    public async Task SuppressAsync_Twice_KeepsOneRowWithTheFirstReasonAndTime()
    {
        await using (var db = _database.CreateContext())
        {
            await Suppressions(db).SuppressAsync(Address, SuppressionReason.Bounce, CancellationToken.None);
            _clock.Advance(TimeSpan.FromHours(1));
            await Suppressions(db).SuppressAsync(" " + Address.ToUpperInvariant(), SuppressionReason.SpamReport,
                CancellationToken.None);
        }

        await using var reader = _database.CreateContext();
        var row = (await reader.EmailSuppressions.AsNoTracking().ToListAsync()).ShouldHaveSingleItem();
        (row.Reason, row.SuppressedAt).ShouldBe((SuppressionReason.Bounce, TestEmails.Start));
    }

    [Fact]
    public async Task SuppressAsync_WhenAnotherContextInsertsBetweenCheckAndSave_KeepsOneRowWithoutError()
    {
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        first.SavingChanges += (_, _) => Suppressions(second)
            .SuppressAsync(Address, SuppressionReason.Dropped, CancellationToken.None).GetAwaiter().GetResult();

        await Suppressions(first).SuppressAsync(Address, SuppressionReason.Bounce, CancellationToken.None);

        await using var reader = _database.CreateContext();
        var row = (await reader.EmailSuppressions.AsNoTracking().ToListAsync()).ShouldHaveSingleItem();
        row.Reason.ShouldBe(SuppressionReason.Dropped); // the one that won
        first.ChangeTracker.Entries().ShouldBeEmpty(); // the losing insert is not left behind to be saved again
    }

    [Fact]
    public async Task SuppressAsync_FromSeveralContextsAtOnce_KeepsOneRowWithoutError()
    {
        var attempts = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var db = _database.CreateContext();
            await Suppressions(db).SuppressAsync(Address, SuppressionReason.Bounce, CancellationToken.None);
        }));

        await Task.WhenAll(attempts);

        await using var reader = _database.CreateContext();
        (await reader.EmailSuppressions.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SuppressAsync_StoresOnlyTheHashOfTheNormalisedAddress()
    {
        await using (var db = _database.CreateContext())
        {
            await Suppressions(db).SuppressAsync(" Anna.De.Vries@Example.test ", SuppressionReason.Bounce,
                CancellationToken.None);
        }

        var values = await RawValuesAsync("SELECT * FROM EmailSuppressions");
        values.ShouldContain(EmailAddressHash.Of(Address));
        EmailAddressHash.Of(Address).ShouldMatch("^[0-9a-f]{64}$");
        values.ShouldAllBe(v => !v.Contains('@') && !v.Contains("anna", StringComparison.OrdinalIgnoreCase)
            && !v.Contains("vries", StringComparison.OrdinalIgnoreCase));
    }

    private EmailSuppressions Suppressions(ApplicationDbContext db) => new(db, _clock);

    private async Task<List<string>> RawValuesAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
        }

        return values;
    }
}
