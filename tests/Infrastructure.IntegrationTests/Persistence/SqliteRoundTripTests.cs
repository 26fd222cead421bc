using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.IntegrationTests.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Persistence;

public sealed class SqliteRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAndLoad_KeepsTypedIdsValueObjectsAndInstants()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var owner = UserId.New();
        var employer = Employer.Register("Bouwbedrijf Leiden", KvkNumber.Create("12345678"), false, owner, Now);
        var candidate = Candidate.Register(UserId.New(), "Ana", Now.AddHours(1));
        await using (var context = database.NewContext())
        {
            context.AddRange(employer, candidate);
            await context.SaveChangesAsync();
        }

        await using var reader = database.NewContext();
        var loaded = await reader.Employers.SingleAsync(e => e.KvkNumber == KvkNumber.Create("12345678"));
        loaded.Id.ShouldBe(employer.Id);
        loaded.OwnerId.ShouldBe(owner);
        loaded.RegisteredAt.ShouldBe(Now);
        (await reader.Candidates.SingleAsync()).RegisteredAt.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public async Task SaveEmployer_WithTakenKvkNumber_IsRejectedByTheDatabase()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var context = database.NewContext();
        context.Employers.Add(Employer.Register("A", KvkNumber.Create("12345678"), false, UserId.New(), Now));
        await context.SaveChangesAsync();

        // Two requests that both checked before either saved: the unique index is the last line of defence.
        context.Employers.Add(Employer.Register("B", KvkNumber.Create("12345678"), false, UserId.New(), Now));

        await Should.ThrowAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task OutboundEmails_CanBeFilteredAndOrderedByInstant()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var context = database.NewContext())
        {
            for (var i = 0; i < 3; i++)
            {
                context.OutboundEmails.Add(OutboundEmail.Create($"k{i}", "a@example.org",
                    new EmailContent("s", "<p>h</p>", "t"), Now.AddMinutes(-i)));
            }

            await context.SaveChangesAsync();
        }

        await using var reader = database.NewContext();
        var due = await reader.OutboundEmails.Where(e => e.NextAttemptAt <= Now.AddMinutes(-1))
            .OrderBy(e => e.NextAttemptAt).Select(e => e.IdempotencyKey).ToListAsync();

        due.ShouldBe(["k2", "k1"]);
    }

    [Fact]
    public async Task OutboundEmail_WithSameIdempotencyKey_IsRejectedByTheDatabase()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var context = database.NewContext();
        var content = new EmailContent("s", "<p>h</p>", "t");
        context.OutboundEmails.Add(OutboundEmail.Create("same", "a@example.org", content, Now));
        context.OutboundEmails.Add(OutboundEmail.Create("same", "a@example.org", content, Now));

        await Should.ThrowAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }
}
