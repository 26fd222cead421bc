using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Persistence;

/// <summary>OutboundEmail.Headers as JSON in its column, on a migrated SQLite file.</summary>
public sealed class OutboundEmailHeadersPersistenceTests
{
    /// <summary>The last SQLite migration before outbound e-mail had headers.</summary>
    private const string BeforeHeaders = "20261125114103_SearchOutboxAndGapResources";

    [Fact]
    public async Task SaveAndLoad_WithHeaders_KeepsNamesAndValues()
    {
        using var database = await SqliteTestDatabase.CreateAsync();
        var email = OutboundEmail.Create("alert:1", "anna@example.test", new EmailContent("s", "<p>h</p>", "t"),
            TestEmails.Start, TestEmails.UnsubscribeHeaders);
        await database.AddAsync(email);

        var loaded = await database.FindAsync(email.Id);

        loaded.Headers.ShouldBe(TestEmails.UnsubscribeHeaders, ignoreOrder: true);
        loaded.Headers["list-unsubscribe"].ShouldBe(TestEmails.UnsubscribeLink); // names stay case-insensitive
    }

    [Fact]
    public async Task SaveAndLoad_WithoutHeaders_LoadsEmpty()
    {
        using var database = await SqliteTestDatabase.CreateAsync();
        var email = TestEmails.Outbound("confirm:1", TestEmails.Start);
        await database.AddAsync(email);

        (await database.FindAsync(email.Id)).Headers.ShouldBeEmpty();
    }

    [Fact]
    public async Task Load_RowQueuedBeforeHeadersExisted_ReadsAsEmpty()
    {
        using var database = SqliteTestDatabase.CreateEmpty();
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeHeaders);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO OutboundEmails (Id, IdempotencyKey, ToAddress, Subject, HtmlBody, TextBody, Status, Attempts,
                    CreatedAt, NextAttemptAt)
                VALUES ('5c7f3a52-8d37-4a53-a4c5-0f1e2d3c4b5a', 'confirm:old', 'old@example.test', 'Old', '<p>o</p>', 'o',
                    0, 0, 638999568000000000, 638999568000000000)
                """);
        }

        await database.MigrateAsync();

        var old = (await database.AllAsync()).ShouldHaveSingleItem();
        old.IdempotencyKey.ShouldBe("confirm:old");
        old.Headers.ShouldBeEmpty();
    }

    [Fact]
    public async Task Update_OfAnotherProperty_LeavesHeadersAsTheyWere()
    {
        using var database = await SqliteTestDatabase.CreateAsync();
        var email = OutboundEmail.Create("alert:2", "anna@example.test", new EmailContent("s", "<p>h</p>", "t"),
            TestEmails.Start, TestEmails.UnsubscribeHeaders);
        await database.AddAsync(email);

        await using (var db = database.CreateContext())
        {
            var tracked = await db.OutboundEmails.SingleAsync(e => e.Id == email.Id);
            tracked.MarkSent(TestEmails.Start.AddMinutes(1));
            db.ChangeTracker.DetectChanges();
            db.Entry(tracked).Property(e => e.Headers).IsModified.ShouldBeFalse();
            await db.SaveChangesAsync();
        }

        (await database.FindAsync(email.Id)).Headers.ShouldBe(TestEmails.UnsubscribeHeaders, ignoreOrder: true);
    }
}
