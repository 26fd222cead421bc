using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Dispatch;

public sealed class OutboxConcurrencyTests : IAsyncLifetime
{
    private const int Messages = 50;

    /// <summary>Per instance (each runs in its own async flow): has it not sent anything yet?</summary>
    private static readonly AsyncLocal<StrongBox<bool>> FirstSendOfThisInstance = new();

    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ProcessDueAsync_TwoInstancesOnOneDatabase_DeliverEveryMessageExactlyOnce()
    {
        await _database.AddAsync(TestEmails.Outbound(Messages, TestEmails.Start));
        // Each instance's first send waits until the other has also reached a send, so both have read their
        // list of due messages before either finishes: the lists overlap and only the claim keeps them apart.
        var bothSending = new CountdownEvent(2);
        var gateway = new RecordingEmailGateway();
        gateway.OnSend = async (_, cancellationToken) =>
        {
            await Task.Yield();
            var first = FirstSendOfThisInstance.Value!;
            if (first.Value)
            {
                first.Value = false;
                bothSending.Signal();
                await Task.Run(() => bothSending.Wait(TimeSpan.FromSeconds(10), cancellationToken), cancellationToken);
            }
        };

        var results = await Task.WhenAll(Task.Run(() => RunAsync(gateway, "instance-a")),
            Task.Run(() => RunAsync(gateway, "instance-b")));

        bothSending.IsSet.ShouldBeTrue();
        results.ShouldAllBe(claimed => claimed > 0);
        results.Sum().ShouldBe(Messages);
        var counts = gateway.CountsByKey();
        counts.Count.ShouldBe(Messages);
        counts.Values.ShouldAllBe(count => count == 1);
        (await _database.AllAsync()).ShouldAllBe(e => e.Status == OutboundEmailStatus.Sent && e.Attempts == 1);
    }

    /// <summary>One instance: passes until one finds nothing left to claim.</summary>
    private async Task<int> RunAsync(RecordingEmailGateway gateway, string instance)
    {
        FirstSendOfThisInstance.Value = new StrongBox<bool>(true);
        await using var db = _database.CreateContext();
        var processor = TestProcessors.Create(db, gateway, _clock, instance, TestProcessors.Settings(batchSize: 100));
        int claimed, total = 0;
        do
        {
            claimed = await processor.ProcessDueAsync(CancellationToken.None);
            total += claimed;
        }
        while (claimed > 0);

        return total;
    }
}
