using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.UnitTests.Alerts.Mailing;

/// <summary>Digests at 08:00 Dutch time (the clock starts on Wednesday 25 November 2026, 10:00 local).</summary>
public sealed class DigestAlertMailTests : IAsyncLifetime
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
    public async Task RunPass_DailyAlerts_OneDigestPerPersonAtTheDigestHour_ASectionPerAlert()
    {
        var lasser = await _w.SavedSearchAsync("lasser", "Daily");
        var metselaar = await _w.SavedSearchAsync("metselaar", "Daily");
        var instant = await _w.SavedSearchAsync("timmerman");
        await _w.FoundAsync(lasser.Id, (await _w.PublishedAsync("Lasser 1")).Id.Value);
        await _w.FoundAsync(metselaar.Id, (await _w.PublishedAsync("Metselaar 1")).Id.Value);
        await _w.FoundAsync(metselaar.Id, (await _w.PublishedAsync("Metselaar 2")).Id.Value);
        await _w.FoundAsync(instant.Id, (await _w.PublishedAsync("Timmerman 1")).Id.Value);

        var now = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 7, 59);
        var before = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 8, 0);
        var at = await _w.PassAsync();
        var again = await _w.PassAsync();

        (now.EmailsQueued, before.EmailsQueued, at.EmailsQueued, again.EmailsQueued).ShouldBe((1, 0, 1, 0));
        var digest = (await _w.EmailsAsync()).Single(e => e.IdempotencyKey.StartsWith("alert-digest:", StringComparison.Ordinal));
        digest.IdempotencyKey.ShouldBe($"alert-digest:{_w.CandidateUser.Value:N}:Daily:2026-11-26");
        digest.Subject.ShouldBe("Your daily alert digest: 3 new matches in 2 alerts");
        digest.TextBody.ShouldContain("== lasser · Leiden · 25 km ==\n\n* Lasser 1\n");
        digest.TextBody.ShouldContain("== metselaar · Leiden · 25 km ==\n\n* Metselaar 1\n");
        digest.TextBody.ShouldNotContain("Timmerman");
        digest.HtmlBody.ShouldContain(">metselaar &#183; Leiden &#183; 25 km</h2>");
        digest.TextBody.ShouldContain("Unsubscribe from all alerts in this e-mail: https://tm.test/alerts/unsubscribe?token=");
        var header = digest.Headers[EmailHeaders.ListUnsubscribe];
        _w.Tokens.Read(Uri.UnescapeDataString(header[(header.IndexOf("token=", StringComparison.Ordinal) + 6)..^1]))!
            .Subscriptions.ShouldBe([new(lasser.Id), new(metselaar.Id)], ignoreOrder: true);
        (await _w.DeliveriesAsync()).ShouldAllBe(d => d.MailedAt != null);
    }

    [Fact]
    public async Task RunPass_ItemsFoundAfterTheDigest_WaitForTheNextDay()
    {
        var alert = await _w.SavedSearchAsync("lasser", "Daily");
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync("Lasser 1")).Id.Value);
        _w.SetLocal(Wednesday.AddDays(1), 8, 0);
        await _w.PassAsync();

        _w.SetLocal(Wednesday.AddDays(1), 9, 0);
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync("Lasser 2")).Id.Value);
        var sameDay = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 23, 59);
        var lateSameDay = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(2), 8, 0);
        var nextDay = await _w.PassAsync();

        (sameDay.EmailsQueued, lateSameDay.EmailsQueued, nextDay.EmailsQueued).ShouldBe((0, 0, 1));
        var second = (await _w.EmailsAsync())[^1];
        second.Subject.ShouldBe("Your daily alert digest: 1 new match");
        second.TextBody.ShouldContain("Lasser 2");
        second.TextBody.ShouldNotContain("Lasser 1");
    }

    [Fact]
    public async Task RunPass_WeeklyAlert_DigestOnMondayOnly_ItemsOfTheWeekTogether()
    {
        var alert = await _w.SavedSearchAsync("lasser", "Weekly");
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync("Lasser wo")).Id.Value);
        var passes = new List<int> { (await _w.PassAsync()).EmailsQueued };
        _w.SetLocal(new DateOnly(2026, 11, 29), 12, 0);
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync("Lasser zo")).Id.Value);
        passes.Add((await _w.PassAsync()).EmailsQueued);
        _w.SetLocal(new DateOnly(2026, 11, 30), 7, 59);
        passes.Add((await _w.PassAsync()).EmailsQueued);
        _w.SetLocal(new DateOnly(2026, 11, 30), 8, 0);
        passes.Add((await _w.PassAsync()).EmailsQueued);
        _w.SetLocal(new DateOnly(2026, 12, 1), 8, 0);
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync("Lasser di")).Id.Value);
        passes.Add((await _w.PassAsync()).EmailsQueued);
        _w.SetLocal(new DateOnly(2026, 12, 7), 8, 0);
        passes.Add((await _w.PassAsync()).EmailsQueued);

        passes.ShouldBe([0, 0, 0, 1, 0, 1]);
        var emails = await _w.EmailsAsync();
        emails[0].IdempotencyKey.ShouldEndWith(":Weekly:2026-11-30");
        emails[0].Subject.ShouldBe("Your weekly alert digest: 2 new matches");
        emails[1].IdempotencyKey.ShouldEndWith(":Weekly:2026-12-07");
        emails[1].TextBody.ShouldContain("Lasser di");
    }

    [Fact]
    public async Task RunPass_DigestHourInQuietHours_GoesWhenTheyEnd()
    {
        var alert = await _w.SavedSearchAsync("lasser", "Daily", quietFrom: "07:30", quietUntil: "09:30");
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync()).Id.Value);

        _w.SetLocal(Wednesday.AddDays(1), 8, 0);
        var atDigestHour = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 9, 29);
        var stillQuiet = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 9, 30);
        var quietOver = await _w.PassAsync();

        (atDigestHour.EmailsQueued, stillQuiet.EmailsQueued, quietOver.EmailsQueued).ShouldBe((0, 0, 1));
    }

    [Fact]
    public async Task RunPass_NothingPending_NoDigest()
    {
        await _w.SavedSearchAsync("lasser", "Daily");
        _w.SetLocal(Wednesday.AddDays(1), 8, 0);

        (await _w.PassAsync()).EmailsQueued.ShouldBe(0);
        (await _w.EmailsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task RunPass_WeeklyDigest_SaysItIsADigest()
    {
        var alert = await _w.SavedSearchAsync("lasser", "Weekly");
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync()).Id.Value);
        _w.SetLocal(new DateOnly(2026, 11, 30), 8, 0);

        await _w.PassAsync();

        var mail = (await _w.EmailsAsync()).ShouldHaveSingleItem();
        mail.HtmlBody.ShouldContain("Here is what your alerts found");
        mail.TextBody.ShouldContain("Unsubscribe from all alerts in this e-mail: ");
    }
}
