using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Alerts.ChangeAlert;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.UnitTests.Alerts.Mailing;

public sealed class InstantAlertMailTests : IAsyncLifetime
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
    public async Task RunPass_InstantAlerts_OneEmailPerAlertWithAllItsPendingItems_MarkedMailedOnce()
    {
        var lasser = await _w.SavedSearchAsync("lasser");
        var metselaar = await _w.SavedSearchAsync("metselaar");
        var a = await _w.PublishedAsync("Lasser A");
        var b = await _w.PublishedAsync("Lasser B");
        var c = await _w.PublishedAsync("Metselaar C");
        await _w.FoundAsync(lasser.Id, a.Id.Value, "Matches “lasser”, 8 km from Leiden", 90);
        await _w.FoundAsync(lasser.Id, b.Id.Value, "Matches “lasser”", 70);
        await _w.FoundAsync(metselaar.Id, c.Id.Value);

        var first = await _w.PassAsync();
        var second = await _w.PassAsync();

        (first.EmailsQueued, first.ItemsMailed, second.EmailsQueued).ShouldBe((2, 3, 0));
        var emails = await _w.EmailsAsync();
        emails.Count.ShouldBe(2);
        var mail = emails.Single(e => e.Subject.Contains("lasser"));
        mail.Subject.ShouldBe("2 new vacancies for your alert “lasser · Leiden · 25 km”");
        mail.ToAddress.ShouldBe(AlertWorld.CandidateEmail);
        mail.TextBody.ShouldContain("* Lasser A\n  Bouw Leiden · Katwijk aan Zee · 8.1 km away\n  Why it matches: Matches “lasser”, 8 km from Leiden\n"
            + $"  https://tm.test/Vacancies/Details/{a.Id.Value}\n");
        mail.TextBody.IndexOf("Lasser A", StringComparison.Ordinal).ShouldBeLessThan(mail.TextBody.IndexOf("Lasser B", StringComparison.Ordinal));
        mail.TextBody.ShouldContain("Manage your alerts: https://tm.test/Alerts");
        mail.HtmlBody.ShouldContain($"<a href=\"https://tm.test/Vacancies/Details/{a.Id.Value}\"");
        mail.HtmlBody.ShouldContain("<html lang=\"en\">");
        (await _w.DeliveriesAsync()).ShouldAllBe(d => d.MailedAt == _w.Clock.GetUtcNow() && !d.Skipped);
    }

    [Fact]
    public async Task RunPass_EveryAlertEmail_CarriesOneClickUnsubscribeHeaders_NamingItsAlert()
    {
        var alert = await _w.SavedSearchAsync();
        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync()).Id.Value);

        await _w.PassAsync();

        var mail = (await _w.EmailsAsync()).ShouldHaveSingleItem();
        mail.Headers[EmailHeaders.ListUnsubscribePost].ShouldBe("List-Unsubscribe=One-Click");
        var header = mail.Headers[EmailHeaders.ListUnsubscribe];
        header.ShouldStartWith("<https://tm.test/alerts/unsubscribe?token=");
        header.ShouldEndWith(">");
        var token = Uri.UnescapeDataString(header[(header.IndexOf("token=", StringComparison.Ordinal) + 6)..^1]);
        _w.Tokens.Read(token)!.Subscriptions.ShouldBe([new(alert.Id)]);
        mail.TextBody.ShouldContain(header[1..^1]);
        mail.IdempotencyKey.ShouldStartWith($"alert:{alert.Id:N}:");
    }

    [Fact]
    public async Task RunPass_InQuietHours_WaitsUntilTheyEnd()
    {
        var alert = await _w.SavedSearchAsync(quietFrom: "22:00", quietUntil: "07:00");
        var vacancy = await _w.PublishedAsync();
        _w.SetLocal(Wednesday, 22, 30);
        await _w.FoundAsync(alert.Id, vacancy.Id.Value);

        var late = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 6, 59);
        var early = await _w.PassAsync();
        _w.SetLocal(Wednesday.AddDays(1), 7, 0);
        var after = await _w.PassAsync();

        (late.EmailsQueued, early.EmailsQueued, after.EmailsQueued).ShouldBe((0, 0, 1));
        (await _w.DeliveriesAsync()).ShouldHaveSingleItem().MailedAt.ShouldBe(AlertMailingTime(Wednesday.AddDays(1), 7));
    }

    [Fact]
    public async Task RunPass_ValuesAreHtmlEncoded()
    {
        var alert = await _w.CreateAlertAsync(new("SavedSearch", Name: "<i>mine</i> & co", Search: new(Q: "lasser")));
        var vacancy = await _w.PublishedAsync("<b>Lasser</b> & zoon");
        await _w.FoundAsync(alert.Id, vacancy.Id.Value, "<script>alert(1)</script>");

        await _w.PassAsync();

        var html = (await _w.EmailsAsync()).ShouldHaveSingleItem().HtmlBody;
        html.ShouldContain("&lt;b&gt;Lasser&lt;/b&gt; &amp; zoon");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("&lt;i&gt;mine&lt;/i&gt; &amp; co");
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<b>Lasser");
    }

    [Fact]
    public async Task RunPass_DutchAlert_IsMailedInDutch()
    {
        Application.Alerts.Shared.AlertDto alert;
        using (Culture.Use("nl"))
        {
            alert = await _w.SavedSearchAsync();
        }

        await _w.FoundAsync(alert.Id, (await _w.PublishedAsync()).Id.Value, "Past bij “lasser”");

        await _w.PassAsync();

        var mail = (await _w.EmailsAsync()).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("1 nieuwe vacature voor je alert ‘lasser · Leiden · 25 km’");
        mail.TextBody.ShouldContain("8,1 km hiervandaan");
        mail.TextBody.ShouldContain("Waarom dit past: Past bij “lasser”");
        mail.TextBody.ShouldContain("Je alerts beheren: https://tm.test/Alerts");
        mail.HtmlBody.ShouldContain("<html lang=\"nl\">");
    }

    [Fact]
    public async Task RunPass_ClosedVacancyAndPausedAlert_AreSkippedForGood()
    {
        var open = await _w.SavedSearchAsync("open");
        var paused = await _w.SavedSearchAsync("paused");
        var stillOpen = await _w.PublishedAsync("Lasser open");
        var closed = await _w.PublishedAsync("Lasser dicht");
        var filled = await _w.PublishedAsync("Lasser vervuld");
        await _w.FoundAsync(open.Id, stillOpen.Id.Value);
        await _w.FoundAsync(open.Id, closed.Id.Value);
        await _w.FoundAsync(open.Id, filled.Id.Value);
        await _w.FoundAsync(paused.Id, stillOpen.Id.Value);
        closed.Close(_w.Employer, _w.EmployerUser, _w.Clock.GetUtcNow());
        filled.MarkFilled(_w.Employer, _w.EmployerUser, _w.Clock.GetUtcNow());
        await _w.Db.SaveChangesAsync();
        await new ChangeAlertHandler(_w.Db, _w.User, _w.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<ChangeAlertHandler>.Instance)
            .Handle(new ChangeAlertCommand(paused.Id, paused.Name, "Instant", Paused: true), default);

        var result = await _w.PassAsync();

        (result.EmailsQueued, result.ItemsMailed, result.ItemsSkipped).ShouldBe((1, 1, 3));
        (await _w.EmailsAsync()).ShouldHaveSingleItem().Subject.ShouldStartWith("1 new vacancy for your alert “open");
        var deliveries = await _w.DeliveriesAsync();
        deliveries.Count(d => d.Skipped && d.MailedAt == null).ShouldBe(3);
        _w.Clock.Advance(TimeSpan.FromDays(1));
        (await _w.PassAsync()).EmailsQueued.ShouldBe(0);
    }

    [Fact]
    public async Task RunPass_EmployersAlert_ShowsAnonymousCandidateCards_AndLinksToTheVacancysMatches()
    {
        var vacancy = await _w.PublishedAsync("Lasser bouwplaats");
        _w.AsEmployer();
        var alert = await _w.CreateAlertAsync(new("MatchingCandidates", VacancyId: vacancy.Id.Value));
        var zofia = await _w.VisibleCandidateAsync();
        var hidden = await _w.VisibleCandidateAsync(visible: false);
        await _w.FoundAsync(alert.Id, zofia.Id.Value, "Welder, speaks Dutch at B1");
        await _w.FoundAsync(alert.Id, hidden.Id.Value);

        var result = await _w.PassAsync();

        (result.EmailsQueued, result.ItemsSkipped).ShouldBe((1, 1));
        var mail = (await _w.EmailsAsync()).ShouldHaveSingleItem();
        mail.ToAddress.ShouldBe(AlertWorld.EmployerEmail);
        mail.Subject.ShouldBe("1 new candidate for your alert “Candidates for Lasser bouwplaats”");
        mail.TextBody.ShouldContain("* welder\n  Leiden · Occupations: welder · Languages: nl:B1\n  Why it matches: Welder, speaks Dutch at B1\n"
            + $"  https://tm.test/Employer/Vacancies/Matches/{vacancy.Id.Value}\n");
        mail.TextBody.ShouldNotContain("Zofia");
        mail.HtmlBody.ShouldNotContain("Kowalska");
    }

    private static DateTimeOffset AlertMailingTime(DateOnly day, int hour) =>
        Application.Alerts.Mailing.AmsterdamTime.At(day, new TimeOnly(hour, 0));
}
