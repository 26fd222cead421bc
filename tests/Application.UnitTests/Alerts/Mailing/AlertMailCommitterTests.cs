using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Alerts.Mailing;
using TalentMatch.Application.Common.Email;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.UnitTests.Alerts.Mailing;

/// <summary>The exactly-once guard: a batch is queued whole, or nothing of it changes.</summary>
public sealed class AlertMailCommitterTests : IAsyncLifetime
{
    private static readonly EmailContent Content = new("Subject", "<p>Html</p>", "Text");
    private static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>
    {
        [EmailHeaders.ListUnsubscribe] = "<https://tm.test/alerts/unsubscribe?token=x>",
        [EmailHeaders.ListUnsubscribePost] = EmailHeaders.OneClick,
    };

    private AlertWorld _w = null!;
    private AlertSubscription _alert = null!;
    private List<AlertDelivery> _items = null!;

    public async Task InitializeAsync()
    {
        _w = await AlertWorld.CreateAsync();
        var alert = await _w.SavedSearchAsync();
        _items = [await _w.FoundAsync(alert.Id, Guid.NewGuid()), await _w.FoundAsync(alert.Id, Guid.NewGuid())];
        _alert = await _w.Db.AlertSubscriptions.AsNoTracking().SingleAsync();
    }

    public Task DisposeAsync()
    {
        _w.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Commit_QueuesTheEmail_AndMarksEveryDelivery_InOneTransaction()
    {
        (await CommitAsync(Batch())).ShouldBe(AlertMailOutcome.Queued);

        (await _w.EmailsAsync()).ShouldHaveSingleItem().Headers.Count.ShouldBe(2);
        (await _w.DeliveriesAsync()).ShouldAllBe(d => d.MailedAt == _w.Clock.GetUtcNow());
        await using var db = _w.Cases.NewContext();
        (await db.AlertMailCounts.SingleAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Commit_WhenAnotherInstanceMailedOneOfTheItems_RollsBackEverything()
    {
        await using (var other = _w.Cases.NewContext())
        {
            await other.AlertDeliveries.Where(d => d.Id == _items[1].Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.MailedAt, (DateTimeOffset?)_w.Clock.GetUtcNow()));
        }

        (await CommitAsync(Batch())).ShouldBe(AlertMailOutcome.AlreadyMailed);

        (await _w.EmailsAsync()).ShouldBeEmpty();
        (await _w.DeliveriesAsync()).Single(d => d.Id == _items[0].Id).MailedAt.ShouldBeNull();
        await using var db = _w.Cases.NewContext();
        (await db.AlertMailCounts.SingleAsync()).Count.ShouldBe(0); // the cap's slot was given back
    }

    [Fact]
    public async Task Commit_WhenTheKeyWasQueuedBefore_RollsBack_AndLeavesTheItemsPending()
    {
        var batch = Batch();
        _w.Db.OutboundEmails.Add(OutboundEmail.Create(batch.IdempotencyKey, AlertWorld.CandidateEmail, Content, _w.Clock.GetUtcNow()));
        await _w.Db.SaveChangesAsync();

        (await CommitAsync(batch)).ShouldBe(AlertMailOutcome.AlreadyMailed);

        (await _w.DeliveriesAsync()).ShouldAllBe(d => d.MailedAt == null);
        (await _w.EmailsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Commit_SameBatchTwice_QueuesOnce()
    {
        var batch = Batch();

        var outcomes = new[] { await CommitAsync(batch), await CommitAsync(batch) };

        outcomes.ShouldBe([AlertMailOutcome.Queued, AlertMailOutcome.AlreadyMailed]);
        (await _w.EmailsAsync()).Count.ShouldBe(1);
        _w.Db.ChangeTracker.Entries<OutboundEmail>().ShouldBeEmpty(); // nothing left tracked for the rest of the pass
    }

    [Fact]
    public async Task Commit_AtTheCap_ChangesNothing()
    {
        _w.Policy = _w.Policy with { DailyCapPerUser = 1 };
        (await CommitAsync(Batch([_items[0]]))).ShouldBe(AlertMailOutcome.Queued);

        (await CommitAsync(Batch([_items[1]]))).ShouldBe(AlertMailOutcome.CapReached);

        (await _w.DeliveriesAsync()).Single(d => d.Id == _items[1].Id).MailedAt.ShouldBeNull();
    }

    private AlertMailBatch Batch(IReadOnlyList<AlertDelivery>? items = null) =>
        new(AlertEmailKind.Instant, AlertMailKeys.Instant(_alert.Id, items ?? _items), [_alert], items ?? _items);

    private Task<AlertMailOutcome> CommitAsync(AlertMailBatch batch) =>
        new AlertMailCommitter(_w.Db, new EmailOutbox(_w.Db, new FakeEmailTemplates(), _w.Clock), new AlertMailCap(_w.Db, _w.Policy))
            .CommitAsync(_w.CandidateUser, AlertWorld.CandidateEmail, batch, Content, Headers, _w.Clock.GetUtcNow(), default);
}
