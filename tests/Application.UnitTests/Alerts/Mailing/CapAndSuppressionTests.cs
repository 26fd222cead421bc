using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email;

namespace TalentMatch.Application.UnitTests.Alerts.Mailing;

public sealed class CapAndSuppressionTests : IAsyncLifetime
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25);
    private AlertWorld _w = null!;

    public async Task InitializeAsync() => _w = await AlertWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _w.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RunPass_DailyCapReached_FurtherMailWaitsForTheNextLocalDay_NothingDropped()
    {
        _w.Policy = _w.Policy with { DailyCapPerUser = 2 };
        foreach (var q in new[] { "lasser", "metselaar", "timmerman" })
        {
            var alert = await _w.SavedSearchAsync(q);
            await _w.FoundAsync(alert.Id, (await _w.PublishedAsync(q)).Id.Value);
            _w.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await _w.PassAsync();
        _w.SetLocal(Wednesday, 23, 59);
        var sameDay = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 0, 0);
        var nextDay = await _w.PassAsync();

        (first.EmailsQueued, first.Capped, sameDay.EmailsQueued, sameDay.People, nextDay.EmailsQueued).ShouldBe((2, 1, 0, 0, 1));
        var emails = await _w.EmailsAsync();
        emails.Take(2).Select(e => e.Subject).ShouldBe(["1 new vacancy for your alert “lasser · Leiden · 25 km”",
            "1 new vacancy for your alert “metselaar · Leiden · 25 km”"], ignoreOrder: true);
        emails[2].Subject.ShouldBe("1 new vacancy for your alert “timmerman · Leiden · 25 km”");
        (await _w.DeliveriesAsync()).ShouldAllBe(d => d.MailedAt != null && !d.Skipped);
        await using var db = _w.Cases.NewContext();
        (await db.AlertMailCounts.AsNoTracking().OrderBy(c => c.Day).Select(c => c.Count).ToListAsync()).ShouldBe([2, 1]);
    }

    [Fact]
    public async Task RunPass_CapCountsDigestsToo()
    {
        _w.Policy = _w.Policy with { DailyCapPerUser = 1 };
        var daily = await _w.SavedSearchAsync("lasser", "Daily");
        var instant = await _w.SavedSearchAsync("metselaar");
        await _w.FoundAsync(daily.Id, (await _w.PublishedAsync("Lasser")).Id.Value);
        _w.SetLocal(Wednesday.AddDays(1), 8, 0);
        await _w.FoundAsync(instant.Id, (await _w.PublishedAsync("Metselaar")).Id.Value);

        var digestDay = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(2), 0, 1);
        var nextDay = await _w.PassAsync();

        (digestDay.EmailsQueued, digestDay.Capped, nextDay.EmailsQueued).ShouldBe((1, 1, 1));
        (await _w.EmailsAsync())[0].IdempotencyKey.ShouldStartWith("alert-digest:");
    }

    [Fact]
    public async Task RunPass_SuppressedAddress_DeliveriesAreSkipped_AndNeverMailedLater()
    {
        var alert = await _w.SavedSearchAsync();
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync()).Id.Value);
        await new EmailSuppressions(_w.Db, _w.Clock).SuppressAsync(" ANA@example.org ", SuppressionReason.Bounce, default);

        var first = await _w.PassAsync();
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync("Lasser 2")).Id.Value);
        _w.Clock.Advance(TimeSpan.FromDays(2));
        var later = await _w.PassAsync();

        (first.EmailsQueued, first.ItemsSkipped, later.EmailsQueued, later.ItemsSkipped).ShouldBe((0, 1, 0, 1));
        (await _w.EmailsAsync()).ShouldBeEmpty();
        (await _w.DeliveriesAsync()).ShouldAllBe(d => d.Skipped && d.MailedAt == null);
    }

    [Fact]
    public async Task RunPass_AccountGone_DeliveriesAreSkipped()
    {
        _w.SignIn(Domain.Common.UserId.New(), Domain.Common.Roles.Candidate); // an owner the identity store does not know
        var alert = await _w.SavedSearchAsync();
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync()).Id.Value);

        var result = await _w.PassAsync();

        (result.EmailsQueued, result.ItemsSkipped).ShouldBe((0, 1));
    }
}
