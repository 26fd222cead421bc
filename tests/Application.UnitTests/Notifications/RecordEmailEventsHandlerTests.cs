using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Notifications.RecordEmailEvents;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email;

namespace TalentMatch.Application.UnitTests.Notifications;

public sealed class RecordEmailEventsHandlerTests : IDisposable
{
    private const string Anna = "anna@example.test";
    private readonly UseCaseFixture _f = new();

    private DateTimeOffset Now => _f.Clock.GetUtcNow();

    [Theory]
    [InlineData(DeliveryProblem.Bounced, SuppressionReason.Bounce)]
    [InlineData(DeliveryProblem.Dropped, SuppressionReason.Dropped)]
    [InlineData(DeliveryProblem.SpamReport, SuppressionReason.SpamReport)]
    public async Task Handle_HardProblem_SuppressesTheAddressWithItsReason(DeliveryProblem problem, SuppressionReason reason)
    {
        await HandleAsync(Event("x", problem, " Anna@Example.test"));

        await using var db = _f.NewContext();
        var row = await db.EmailSuppressions.SingleAsync();
        (row.AddressHash, row.Reason).ShouldBe((EmailAddressHash.Of(Anna), reason));
    }

    [Fact]
    public async Task Handle_SoftBounceAndOtherEvents_SuppressNothing()
    {
        await HandleAsync(Event("bounce", DeliveryProblem.Blocked, Anna), Event("delivered", null, Anna),
            Event("open", null, Anna), Event("deferred", null, Anna));

        (await Suppressions().IsSuppressedAsync(Anna, default)).ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_SameEventsTwice_KeepOneSuppressionAndTheSameReport()
    {
        var email = await QueueAsync("alert:1");
        var bounce = Event("bounce", DeliveryProblem.Bounced, Anna, "alert:1", Now.AddMinutes(-2));

        await HandleAsync(bounce, bounce);
        await HandleAsync(bounce);

        await using var db = _f.NewContext();
        (await db.EmailSuppressions.CountAsync()).ShouldBe(1);
        var row = await db.OutboundEmails.SingleAsync(e => e.Id == email.Id);
        (row.ReportedProblem, row.ReportedProblemAt).ShouldBe((DeliveryProblem.Bounced, Now.AddMinutes(-2)));
    }

    [Fact]
    public async Task Handle_ProblemNamingAnOutboxMessage_NotesItWithoutTouchingDispatchState()
    {
        var email = await QueueAsync("alert:2");
        email.MarkSent(Now);
        await _f.Db.SaveChangesAsync();

        await HandleAsync(Event("bounce", DeliveryProblem.Blocked, Anna, "alert:2", Now.AddMinutes(1)));

        await using var db = _f.NewContext();
        var row = await db.OutboundEmails.SingleAsync(e => e.Id == email.Id);
        (row.ReportedProblem, row.ReportedProblemAt).ShouldBe((DeliveryProblem.Blocked, Now.AddMinutes(1)));
        (row.Status, row.Attempts, row.LastError, row.SentAt).ShouldBe((OutboundEmailStatus.Sent, 1, null, Now));
    }

    [Fact]
    public async Task Handle_ReportsOutOfOrder_KeepTheLatest()
    {
        await QueueAsync("alert:3");

        await HandleAsync(Event("spamreport", DeliveryProblem.SpamReport, Anna, "alert:3", Now.AddHours(1)),
            Event("bounce", DeliveryProblem.Blocked, Anna, "alert:3", Now));
        await HandleAsync(Event("bounce", DeliveryProblem.Blocked, Anna, "alert:3", Now.AddMinutes(5)));

        await using var db = _f.NewContext();
        (await db.OutboundEmails.SingleAsync()).ReportedProblem.ShouldBe(DeliveryProblem.SpamReport);
    }

    [Fact]
    public async Task Handle_KeyOfNoOutboxMessage_StillSuppresses()
    {
        await HandleAsync(Event("dropped", DeliveryProblem.Dropped, Anna, "sent-by-another-system"));

        (await Suppressions().IsSuppressedAsync(Anna, default)).ShouldBeTrue();
    }

    [Fact]
    public async Task Handle_NoEvents_DoesNothing()
    {
        await HandleAsync();

        await using var db = _f.NewContext();
        (await db.EmailSuppressions.CountAsync()).ShouldBe(0);
    }

    public void Dispose() => _f.Dispose();

    private static EmailEvent Event(string type, DeliveryProblem? problem, string? address, string? key = null,
        DateTimeOffset? at = null) =>
        new(type, problem, address, key, at ?? new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    private EmailSuppressions Suppressions() => new(_f.NewContext(), _f.Clock);

    private async Task<OutboundEmail> QueueAsync(string key)
    {
        var email = OutboundEmail.Create(key, Anna, new EmailContent("s", "<p>h</p>", "t"), Now);
        _f.Db.OutboundEmails.Add(email);
        await _f.Db.SaveChangesAsync();
        return email;
    }

    private async Task HandleAsync(params EmailEvent[] events) =>
        await new RecordEmailEventsHandler(_f.Db, new EmailSuppressions(_f.Db, _f.Clock),
            NullLogger<RecordEmailEventsHandler>.Instance).Handle(new RecordEmailEventsCommand(events), default);
}
