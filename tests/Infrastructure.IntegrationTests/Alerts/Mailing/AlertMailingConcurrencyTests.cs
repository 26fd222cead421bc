using Microsoft.EntityFrameworkCore;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Mailing;

/// <summary>
/// Several instances on one database at once: every pending delivery ends up in exactly one queued e-mail, and the
/// daily cap's counter is exact (each runs its own scope, context and connection, as separate app instances do).
/// </summary>
public sealed class AlertMailingConcurrencyTests
{
    private const int People = 12;
    private const int AlertsEach = 4; // 48 people with one alert each, 3 items an alert
    private const int ItemsEach = 3;

    [Fact]
    public async Task RunPass_FourInstancesAtOnce_MailEveryDeliveryExactlyOnce_AndKeepTheCap()
    {
        await using var harness = await AlertMailingHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["Email:Provider"] = "File",
            ["Alerts:Mailing:DailyCapPerUser"] = "3",
        });
        var vacancies = await harness.PublishAsync(ItemsEach * AlertsEach);
        for (var i = 0; i < People * AlertsEach; i++)
        {
            await harness.AlertWithItemsAsync($"person{i}@example.test", "en",
                [.. vacancies.Skip(i % AlertsEach * ItemsEach).Take(ItemsEach)], $"alert {i}");
        }

        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(harness.MailAsync)));

        passes.Sum(p => p.EmailsQueued).ShouldBe(People * AlertsEach);
        await using var db = harness.Database.CreateContext();
        var emails = await db.OutboundEmails.AsNoTracking().ToListAsync();
        emails.Count.ShouldBe(People * AlertsEach);
        emails.Select(e => e.IdempotencyKey).ShouldBeUnique();
        var deliveries = await db.AlertDeliveries.AsNoTracking().ToListAsync();
        deliveries.ShouldAllBe(d => d.MailedAt != null && !d.Skipped);
        (await db.AlertMailCounts.AsNoTracking().ToListAsync()).ShouldAllBe(c => c.Count == 1);
    }

    [Fact]
    public async Task RunPass_OnePersonManyAlerts_FourInstancesAtOnce_StopAtTheCapExactly()
    {
        await using var harness = await AlertMailingHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["Email:Provider"] = "File",
            ["Alerts:Mailing:DailyCapPerUser"] = "3",
        });
        var vacancies = await harness.PublishAsync(10);
        var owner = harness.Accounts.Add("busy@example.test");
        for (var i = 0; i < 10; i++)
        {
            await AddAlertAsync(harness, owner, vacancies[i], i);
        }

        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(harness.MailAsync)));

        passes.Sum(p => p.EmailsQueued).ShouldBe(3);
        await using var db = harness.Database.CreateContext();
        (await db.OutboundEmails.CountAsync()).ShouldBe(3);
        (await db.AlertMailCounts.SingleAsync()).Count.ShouldBe(3);
        (await db.AlertDeliveries.CountAsync(d => d.MailedAt != null)).ShouldBe(3);
        (await db.AlertDeliveries.CountAsync(d => d.MailedAt == null && !d.Skipped)).ShouldBe(7); // waiting, not dropped
    }

    private static async Task AddAlertAsync(AlertMailingHarness harness, Domain.Common.UserId owner, Guid vacancy, int i)
    {
        var now = harness.Clock.GetUtcNow();
        var alert = Domain.Alerts.AlertSubscription.Create(owner, Domain.Alerts.AlertKind.SavedSearch, $"alert {i}",
            new Domain.Alerts.SavedSearchCriteria($"q{i}", [], [], [], [], null, null, null, null, null, null, null), null,
            Domain.Alerts.AlertFrequency.Instant, null, "en", now);
        await using var db = harness.Database.CreateContext();
        db.AlertSubscriptions.Add(alert);
        db.AlertDeliveries.Add(Domain.Alerts.AlertDelivery.Found(alert.Id, vacancy, 50, "Matches", now));
        await db.SaveChangesAsync();
    }
}
