using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Dispatch;

public sealed class OutboxProcessorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private readonly RecordingEmailGateway _gateway = new();
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ProcessDueAsync_DueMessage_SendsItAndMarksSent()
    {
        var email = TestEmails.Outbound("confirm-email:1", TestEmails.Start);
        await _database.AddAsync(email);
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await PassAsync()).ShouldBe(1);

        var sent = _gateway.Delivered.ShouldHaveSingleItem();
        (sent.IdempotencyKey, sent.ToAddress, sent.Subject, sent.HtmlBody, sent.TextBody)
            .ShouldBe((email.IdempotencyKey, email.ToAddress, email.Subject, email.HtmlBody, email.TextBody));
        var row = await _database.FindAsync(email.Id);
        row.Status.ShouldBe(OutboundEmailStatus.Sent);
        row.Attempts.ShouldBe(1);
        row.SentAt.ShouldBe(_clock.GetUtcNow());
        (row.LeaseOwner, row.LeaseExpiresAt).ShouldBe((null, null));
    }

    [Fact]
    public async Task ProcessDueAsync_AlreadySent_SendsNothingMore()
    {
        await _database.AddAsync(TestEmails.Outbound("k", TestEmails.Start));
        await PassAsync();

        (await PassAsync()).ShouldBe(0);

        _gateway.Delivered.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ProcessDueAsync_TransientFailure_RetriesOnlyAfterBackoff()
    {
        var email = TestEmails.Outbound("k", TestEmails.Start);
        await _database.AddAsync(email);
        _gateway.OnSend = (_, _) => _gateway.Attempts == 1
            ? throw ProviderStatus.Transient("smtp:451", "try later")
            : Task.CompletedTask;

        await PassAsync();
        var afterFailure = await _database.FindAsync(email.Id);
        afterFailure.Status.ShouldBe(OutboundEmailStatus.Pending);
        afterFailure.Attempts.ShouldBe(1);
        afterFailure.LastError.ShouldBe("try later");
        afterFailure.NextAttemptAt.ShouldBe(TestEmails.Start + TimeSpan.FromSeconds(30));

        _clock.Advance(TimeSpan.FromSeconds(29));
        (await PassAsync()).ShouldBe(0);
        _gateway.Attempts.ShouldBe(1);

        _clock.Advance(TimeSpan.FromSeconds(1));
        (await PassAsync()).ShouldBe(1);
        _gateway.Delivered.ShouldHaveSingleItem();
        var row = await _database.FindAsync(email.Id);
        (row.Status, row.Attempts, row.LastError).ShouldBe((OutboundEmailStatus.Sent, 2, null));
    }

    [Fact]
    public async Task ProcessDueAsync_PermanentFailure_MarksFailedAndNeverRetries()
    {
        var email = TestEmails.Outbound("k", TestEmails.Start);
        await _database.AddAsync(email);
        _gateway.OnSend = (_, _) => throw ProviderStatus.Permanent("smtp:550", "no such mailbox");

        await PassAsync();
        _clock.Advance(TimeSpan.FromDays(1));
        await PassAsync();

        _gateway.Attempts.ShouldBe(1);
        var row = await _database.FindAsync(email.Id);
        (row.Status, row.Attempts, row.LastError).ShouldBe((OutboundEmailStatus.Failed, 1, "no such mailbox"));
    }

    [Fact]
    public async Task ProcessDueAsync_TransientFailuresUpToMaxAttempts_MarksFailed()
    {
        var email = TestEmails.Outbound("k", TestEmails.Start);
        await _database.AddAsync(email);
        _gateway.OnSend = (_, _) => throw new TimeoutException("adapter bug"); // not even an EmailDeliveryException

        for (var pass = 0; pass < 6; pass++)
        {
            await PassAsync(maxAttempts: 3);
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        _gateway.Attempts.ShouldBe(3);
        var row = await _database.FindAsync(email.Id);
        (row.Status, row.Attempts).ShouldBe((OutboundEmailStatus.Failed, 3));
    }

    [Fact]
    public async Task ProcessDueAsync_MoreDueThanBatchSize_ClaimsOneBatchOldestFirst()
    {
        var older = TestEmails.Outbound("older", TestEmails.Start);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _database.AddAsync([.. TestEmails.Outbound(4, _clock.GetUtcNow()), older]);

        (await PassAsync(batchSize: 3)).ShouldBe(3);

        _gateway.Delivered.First().IdempotencyKey.ShouldBe("older");
        (await _database.AllAsync()).Count(e => e.Status == OutboundEmailStatus.Pending).ShouldBe(2);
    }

    [Fact]
    public async Task ProcessDueAsync_QueuedForLater_WaitsUntilDue()
    {
        await _database.AddAsync(TestEmails.Outbound("later", TestEmails.Start.AddMinutes(5)));

        (await PassAsync()).ShouldBe(0);
        _clock.Advance(TimeSpan.FromMinutes(5));
        (await PassAsync()).ShouldBe(1);
    }

    private async Task<int> PassAsync(int batchSize = 20, int maxAttempts = 5)
    {
        await using var db = _database.CreateContext();
        var settings = TestProcessors.Settings(batchSize, maxAttempts);
        return await TestProcessors.Create(db, _gateway, _clock, settings: settings).ProcessDueAsync(CancellationToken.None);
    }
}
