using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Email.File;
using TalentMatch.Web.AcceptanceTests.Indexing;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Alerts;

/// <summary>
/// Exactly once across crashes: the real app (its own process) is SIGKILLed while the alert mailer queues e-mails,
/// restarted and killed again while the outbox dispatcher writes them, then restarted on the same data folder until
/// all is sent. Every delivery is then mailed, each in exactly one e-mail, and every e-mail is one .eml file.
/// </summary>
public sealed partial class KillDuringAlertMailingTests : IAsyncLifetime
{
    private const int People = 30;
    private const int AlertsEach = 10;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "talentmatch-tests", $"alert-kill-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        using (var demo = AppProcess.Start("demo-data", "--employers", "5", "--vacancies", "200", "--candidates", "5",
            $"--Storage:DataDirectory={_data}"))
        {
            (await demo.WaitAsync(TimeSpan.FromMinutes(4))).ShouldBe(0, demo.Output);
        }

        using var app = new TalentMatchWebFactory(new Dictionary<string, string?>
        {
            ["Alerts:Mailing:Enabled"] = "false", ["Email:Dispatcher:Enabled"] = "false",
        }, _data);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentMatch.Infrastructure.Persistence.ApplicationDbContext>();
        var identity = scope.ServiceProvider.GetRequiredService<IIdentityService>();
        var vacancies = await db.Vacancies.Where(v => v.Status == VacancyStatus.Published && v.ClosingDate >= DateOnly.FromDateTime(DateTime.UtcNow))
            .Select(v => v.Id).Take(50).ToListAsync();
        vacancies.Count.ShouldBe(50);
        var now = DateTimeOffset.UtcNow;
        for (var person = 0; person < People; person++)
        {
            var owner = await identity.CreateAsync($"alert-{person}@kill.example", null, Roles.Candidate, "en", true, default);
            for (var i = 0; i < AlertsEach; i++)
            {
                // Criteria that match nothing, so only this test's deliveries exist (no matcher adds to them).
                var alert = AlertSubscription.Create(owner, AlertKind.SavedSearch, $"alert {person}-{i}",
                    new SavedSearchCriteria($"zzqx{person}x{i}", [], [], [], [], null, null, null, null, null, null, null), null,
                    AlertFrequency.Instant, null, "en", now);
                db.AlertSubscriptions.Add(alert);
                db.AlertDeliveries.AddRange(Enumerable.Range(0, 1 + (i % 3))
                    .Select(k => AlertDelivery.Found(alert.Id, vacancies[(i * 3 + k + person) % vacancies.Count].Value, 50, "Matches", now)));
            }
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KilledWhileQueueingAndWhileSending_AfterRestart_EveryDeliveryIsMailedExactlyOnce()
    {
        const int emails = People * AlertsEach;
        using (var mailing = AppProcess.Start(Args(dispatch: false)))
        {
            var midway = await mailing.WaitForOutputAsync(o => Queued(o) >= 20, TimeSpan.FromMinutes(3));
            midway.ShouldBeTrue($"the mailer queued nothing:\n{mailing.Output}");
            mailing.Kill();
            Queued(mailing.Output).ShouldBeLessThan(emails, "all was queued before the kill; the test proves nothing");
        }

        using (var sending = AppProcess.Start(Args(dispatch: true)))
        {
            var midway = await WaitAsync(() => EmlCount() >= 20, TimeSpan.FromMinutes(3));
            midway.ShouldBeTrue($"nothing was written to the outbox folder:\n{sending.Output}");
            sending.Kill();
            EmlCount().ShouldBeLessThan(emails, "all was sent before the kill; the test proves nothing");
        }

        using var app = new TalentMatchWebFactory(new Dictionary<string, string?>
        {
            ["Alerts:Mailing:PollInterval"] = "00:00:00.100", ["Email:Dispatcher:PollInterval"] = "00:00:00.100",
            ["Alerts:Mailing:DailyCapPerUser"] = "1000", ["Email:Dispatcher:LeaseDuration"] = "00:00:01",
        }, _data);
        _ = app.Services; // starts both dispatchers
        (await WaitAsync(() => AllSentAsync(app).GetAwaiter().GetResult(), TimeSpan.FromMinutes(3))).ShouldBeTrue("not everything was sent");

        var deliveries = await app.WithDbAsync(db => db.AlertDeliveries.AsNoTracking().ToListAsync());
        deliveries.ShouldAllBe(d => d.MailedAt != null && !d.Skipped);
        var outbound = await app.WithDbAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.IdempotencyKey.StartsWith("alert:")).ToListAsync());
        outbound.Count.ShouldBe(emails); // every alert's items went in one e-mail, none twice
        var mailed = new List<(string Alert, Guid Vacancy)>();
        foreach (var email in outbound)
        {
            var file = Path.Combine(_data, "outbox", FileOutboxDirectory.FileNameFor(email.IdempotencyKey));
            File.Exists(file).ShouldBeTrue($"no .eml for {email.IdempotencyKey}");
            var message = await MimeMessage.LoadAsync(file);
            var alert = Quoted().Match(message.Subject!).Groups[1].Value;
            mailed.AddRange(DetailsLink().Matches(message.TextBody!).Select(m => (alert, Guid.Parse(m.Groups[1].Value))));
        }

        mailed.Count.ShouldBe(deliveries.Count);
        mailed.ShouldBeUnique();
        Directory.GetFiles(Path.Combine(_data, "outbox"), "*.eml").Length.ShouldBeGreaterThanOrEqualTo(emails);
    }

    private string[] Args(bool dispatch) =>
    [
        $"--Storage:DataDirectory={_data}", "--Alerts:Mailing:PollInterval=00:00:00.100", "--Alerts:Mailing:DailyCapPerUser=1000",
        $"--Email:Dispatcher:Enabled={dispatch}", "--Email:Dispatcher:PollInterval=00:00:00.100", "--Email:Dispatcher:BatchSize=5",
        "--Email:Dispatcher:LeaseDuration=00:00:01",
    ];

    private int EmlCount() =>
        Directory.Exists(Path.Combine(_data, "outbox")) ? Directory.GetFiles(Path.Combine(_data, "outbox"), "*.eml").Length : 0;

    private static async Task<bool> AllSentAsync(TalentMatchWebFactory app) => await app.WithDbAsync(async db =>
        !await db.AlertDeliveries.AnyAsync(d => d.MailedAt == null)
        && !await db.OutboundEmails.AnyAsync(e => e.Status != OutboundEmailStatus.Sent));

    private static async Task<bool> WaitAsync(Func<bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (done())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return done();
    }

    private static int Queued(string output) => QueuedLine().Matches(output).Count;

    [GeneratedRegex(@"Alert e-mail alert:[0-9a-f]{32}:[0-9a-f]+ \(Instant")]
    private static partial Regex QueuedLine();

    [GeneratedRegex("“(.+)”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"/Vacancies/Details/([0-9a-f-]{36})")]
    private static partial Regex DetailsLink();
}
