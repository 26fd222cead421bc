using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Dispatch;

public sealed class OutboxLeasesTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private readonly OutboundEmail _email = TestEmails.Outbound("k", TestEmails.Start);
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await _database.AddAsync(_email);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TryClaimAsync_LeasedByAnotherInstance_ReturnsNullUntilLeaseExpires()
    {
        await using var dbA = _database.CreateContext();
        await using var dbB = _database.CreateContext();
        var a = TestProcessors.Leases(dbA, _clock, "instance-a");
        var b = TestProcessors.Leases(dbB, _clock, "instance-b");

        (await a.TryClaimAsync(_email.Id, Lease, CancellationToken.None)).ShouldNotBeNull();
        (await b.TryClaimAsync(_email.Id, Lease, CancellationToken.None)).ShouldBeNull();
        (await b.FindDueAsync(10, CancellationToken.None)).ShouldBeEmpty();
        _clock.Advance(Lease + TimeSpan.FromTicks(1));
        var lease = (await b.TryClaimAsync(_email.Id, Lease, CancellationToken.None)).ShouldNotBeNull();

        var row = await _database.FindAsync(_email.Id);
        (row.LeaseOwner, row.LeaseExpiresAt).ShouldBe(("instance-b", lease.ExpiresAt));
        lease.ExpiresAt.ShouldBe(_clock.GetUtcNow() + Lease);
    }

    [Fact]
    public async Task CompleteAsync_LeaseTakenOverAfterExpiry_WritesNothing()
    {
        await using var dbA = _database.CreateContext();
        await using var dbB = _database.CreateContext();
        var a = TestProcessors.Leases(dbA, _clock, "instance-a");
        var b = TestProcessors.Leases(dbB, _clock, "instance-b");
        var leaseA = (await a.TryClaimAsync(_email.Id, Lease, CancellationToken.None)).ShouldNotBeNull();
        var viewA = await _database.FindAsync(_email.Id);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var leaseB = (await b.TryClaimAsync(_email.Id, Lease, CancellationToken.None)).ShouldNotBeNull();

        viewA.RecordFailure("late", permanent: true, _clock.GetUtcNow(), RetrySchedule.Default);
        (await a.CompleteAsync(leaseA, viewA, CancellationToken.None)).ShouldBeFalse();

        var row = await _database.FindAsync(_email.Id);
        (row.Status, row.Attempts, row.LeaseOwner).ShouldBe((OutboundEmailStatus.Pending, 0, "instance-b"));
        row.MarkSent(_clock.GetUtcNow());
        (await b.CompleteAsync(leaseB, row, CancellationToken.None)).ShouldBeTrue();
        (await _database.FindAsync(_email.Id)).Status.ShouldBe(OutboundEmailStatus.Sent);
    }

    [Fact]
    public async Task CompleteAsync_OwnLeaseExpiredButNotTakenOver_RecordsResult()
    {
        await using var db = _database.CreateContext();
        var a = TestProcessors.Leases(db, _clock, "instance-a");
        var lease = (await a.TryClaimAsync(_email.Id, Lease, CancellationToken.None)).ShouldNotBeNull();
        var view = await _database.FindAsync(_email.Id);
        _clock.Advance(Lease * 2); // a slow send: nobody else claimed the row meanwhile

        view.MarkSent(_clock.GetUtcNow());

        (await a.CompleteAsync(lease, view, CancellationToken.None)).ShouldBeTrue();
        var row = await _database.FindAsync(_email.Id);
        (row.Status, row.LeaseOwner, row.LeaseExpiresAt).ShouldBe((OutboundEmailStatus.Sent, null, null));
    }
}
