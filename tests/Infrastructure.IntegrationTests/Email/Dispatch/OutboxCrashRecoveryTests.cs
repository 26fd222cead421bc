using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Dispatch;

/// <summary>An instance that dies mid-way: its lease runs out and another instance finishes the job.</summary>
public sealed class OutboxCrashRecoveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TestProcessors.Settings().LeaseDuration;
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ProcessDueAsync_ClaimantDiedBeforeSending_OtherInstanceSendsOnceAfterLeaseExpires()
    {
        var email = TestEmails.Outbound("k", TestEmails.Start);
        await _database.AddAsync(email);
        var gateway = new RecordingEmailGateway();
        await using var zombieDb = _database.CreateContext();
        var zombie = TestProcessors.Leases(zombieDb, _clock, "instance-dead");
        var zombieLease = (await zombie.TryClaimAsync(email.Id, Lease, CancellationToken.None)).ShouldNotBeNull();
        var zombieView = await _database.FindAsync(email.Id);

        (await PassAsync(gateway, "instance-b")).ShouldBe(0);   // claimed: hands off
        _clock.Advance(Lease);
        (await PassAsync(gateway, "instance-b")).ShouldBe(0);   // expires only after the full lease
        _clock.Advance(TimeSpan.FromTicks(1));
        (await PassAsync(gateway, "instance-b")).ShouldBe(1);
        (await PassAsync(gateway, "instance-b")).ShouldBe(0);

        gateway.Delivered.ShouldHaveSingleItem();
        zombieView.MarkSent(_clock.GetUtcNow()); // the zombie wakes up and tries to record a result of its own
        (await zombie.CompleteAsync(zombieLease, zombieView, CancellationToken.None)).ShouldBeFalse();
        var row = await _database.FindAsync(email.Id);
        (row.Status, row.Attempts, row.LeaseOwner).ShouldBe((OutboundEmailStatus.Sent, 1, null));
    }

    /// <summary>
    /// The provider accepted the message, then the process died before the row was marked sent. After the lease
    /// expires the message is sent again. The file adapter names the file after the idempotency key, so the
    /// outbox still holds one .eml. For SMTP and SendGrid this window CAN deliver a duplicate (at-least-once);
    /// the idempotency key travels with the message (Message-ID derived from it, SendGrid custom_args
    /// "idempotency_key") so a duplicate can be recognised downstream.
    /// </summary>
    [Fact]
    public async Task ProcessDueAsync_CrashAfterProviderAcceptedBeforeRecord_FileOutboxHoldsOneEml()
    {
        using var data = new TemporaryDirectory();
        await using var services = EmailTestServices.Build(data.FullPath, new Dictionary<string, string?>(),
            s => s.AddSingleton<TimeProvider>(_clock));
        var files = services.GetRequiredService<IEmailGateway>();
        var email = TestEmails.Outbound("k", TestEmails.Start);
        await _database.AddAsync(email);
        using var crash = new CancellationTokenSource();
        var crashing = new RecordingEmailGateway
        {
            OnSend = async (message, _) =>
            {
                await files.SendAsync(message, CancellationToken.None);
                await crash.CancelAsync(); // the process dies here
                crash.Token.ThrowIfCancellationRequested();
            },
        };

        await Should.ThrowAsync<OperationCanceledException>(() => PassAsync(crashing, "instance-a", crash.Token));
        (await _database.FindAsync(email.Id)).Status.ShouldBe(OutboundEmailStatus.Pending);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        (await PassAsync(files, "instance-b")).ShouldBe(1);

        Directory.GetFiles(data.PathOf("outbox")).ShouldHaveSingleItem();
        var row = await _database.FindAsync(email.Id);
        (row.Status, row.Attempts).ShouldBe((OutboundEmailStatus.Sent, 1));
    }

    private async Task<int> PassAsync(IEmailGateway gateway, string instance, CancellationToken cancellationToken = default)
    {
        await using var db = _database.CreateContext();
        return await TestProcessors.Create(db, gateway, _clock, instance).ProcessDueAsync(cancellationToken);
    }
}
