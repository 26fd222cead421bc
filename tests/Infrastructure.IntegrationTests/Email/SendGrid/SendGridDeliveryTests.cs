using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email.Dispatch;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

/// <summary>
/// The outbox dispatcher over the real SendGrid gateway and a local API: 429 and 5xx are retried with backoff
/// (longer when Retry-After says so), 4xx fails the message at once. Default schedule: 30 s, doubling.
/// </summary>
public sealed class SendGridDeliveryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private readonly FakeSendGridApi _api = new();
    private SqliteTestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _services = EmailTestServices.Build(_database.DirectoryPath, new Dictionary<string, string?>
        {
            ["Email:Provider"] = "SendGrid",
            ["Email:SendGrid:ApiKey"] = "SG.test-key",
            ["Email:SendGrid:Host"] = _api.BaseAddress.ToString(),
        }, s => s.AddSingleton<TimeProvider>(_clock), _database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Dispatch_RateLimitedOnce_IsSentOnTheNextAttemptAfterBackoff()
    {
        _api.Answer(429).Answer(202);
        var email = await QueueAsync();

        await PassAsync();
        var limited = await _database.FindAsync(email.Id);
        (limited.Status, limited.Attempts).ShouldBe((OutboundEmailStatus.Pending, 1));
        limited.LastError.ShouldStartWith("SendGrid answered 429");
        limited.NextAttemptAt.ShouldBe(TestEmails.Start + TimeSpan.FromSeconds(30));

        _clock.Advance(TimeSpan.FromSeconds(30));
        await PassAsync();

        var sent = await _database.FindAsync(email.Id);
        (sent.Status, sent.Attempts, sent.LastError).ShouldBe((OutboundEmailStatus.Sent, 2, null));
        _api.Requests.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("120")]
    [InlineData("Wed, 25 Nov 2026 09:02:00 GMT")]
    public async Task Dispatch_RateLimitedWithRetryAfter_WaitsThatLong(string retryAfter)
    {
        _api.Answer(429, retryAfter).Answer(202);
        var email = await QueueAsync();

        await PassAsync();
        (await _database.FindAsync(email.Id)).NextAttemptAt.ShouldBe(TestEmails.Start + TimeSpan.FromMinutes(2));

        _clock.Advance(TimeSpan.FromSeconds(119));
        (await PassAsync()).ShouldBe(0);
        _api.Requests.Count.ShouldBe(1);

        _clock.Advance(TimeSpan.FromSeconds(1));
        (await PassAsync()).ShouldBe(1);
        (await _database.FindAsync(email.Id)).Status.ShouldBe(OutboundEmailStatus.Sent);
    }

    [Fact]
    public async Task Dispatch_ServerErrorTwice_IsSentOnTheThirdAttempt()
    {
        _api.Answer(500).Answer(503).Answer(202);
        var email = await QueueAsync();

        await PassAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));
        await PassAsync();
        var second = await _database.FindAsync(email.Id);
        (second.Status, second.Attempts).ShouldBe((OutboundEmailStatus.Pending, 2));
        second.NextAttemptAt.ShouldBe(_clock.GetUtcNow() + TimeSpan.FromSeconds(60));

        _clock.Advance(TimeSpan.FromSeconds(60));
        await PassAsync();

        var sent = await _database.FindAsync(email.Id);
        (sent.Status, sent.Attempts).ShouldBe((OutboundEmailStatus.Sent, 3));
        _api.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Dispatch_BadRequest_FailsAtOnceWithTheErrorAndIsNotRetried()
    {
        _api.StatusCode = 400;
        var email = await QueueAsync();

        await PassAsync();
        _clock.Advance(TimeSpan.FromDays(1));
        (await PassAsync()).ShouldBe(0);

        var failed = await _database.FindAsync(email.Id);
        (failed.Status, failed.Attempts).ShouldBe((OutboundEmailStatus.Failed, 1));
        failed.LastError.ShouldBe("""SendGrid answered 400: {"errors":[{"message":"refused by the fake"}]}""");
        _api.Requests.Count.ShouldBe(1);
    }

    private async Task<OutboundEmail> QueueAsync()
    {
        var email = TestEmails.Outbound("alert:1:2026112509", _clock.GetUtcNow());
        await _database.AddAsync(email);
        return email;
    }

    private async Task<int> PassAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessDueAsync(CancellationToken.None);
    }
}
