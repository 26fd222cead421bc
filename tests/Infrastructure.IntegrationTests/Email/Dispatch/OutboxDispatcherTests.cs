using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email.Dispatch;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Dispatch;

public sealed class OutboxDispatcherTests : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.CreateEmpty();
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private readonly RecordingEmailGateway _gateway = new();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task ExecuteAsync_PassFails_LogsAndSendsOnALaterPass()
    {
        await using var services = Build(enabled: true);
        var dispatcher = Dispatcher(services);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        await dispatcher.StartAsync(timeout.Token);
        await _logs.WhenLogged(5).WaitAsync(timeout.Token); // no tables yet: the first pass fails
        await _database.MigrateAsync();
        var email = TestEmails.Outbound("k", _clock.GetUtcNow());
        await _database.AddAsync(email);
        while (!_gateway.FirstDelivery.IsCompleted)
        {
            _clock.Advance(PollInterval);
            await Task.WhenAny(_gateway.FirstDelivery, Task.Delay(20, timeout.Token));
        }

        await dispatcher.StopAsync(timeout.Token);
        dispatcher.ExecuteTask.ShouldNotBeNull().IsCompleted.ShouldBeTrue();
        _gateway.Delivered.ShouldHaveSingleItem().IdempotencyKey.ShouldBe("k");
        (await _database.FindAsync(email.Id)).Status.ShouldBe(OutboundEmailStatus.Sent);
        var ours = _logs.Logs.Where(l => l.Category.StartsWith("TalentMatch", StringComparison.Ordinal)).ToList();
        ours.ShouldContain(l => l.EventId.Id == 1 && l.Message.Contains(email.Id.ToString()));
        ours.ShouldAllBe(l => !l.Message.Contains(email.ToAddress) && !l.Message.Contains(email.Subject));
    }

    [Fact]
    public async Task ExecuteAsync_Disabled_FinishesWithoutTouchingTheOutbox()
    {
        await _database.MigrateAsync();
        await _database.AddAsync(TestEmails.Outbound("k", TestEmails.Start));
        await using var services = Build(enabled: false);
        var dispatcher = Dispatcher(services);

        await dispatcher.StartAsync(CancellationToken.None);
        await dispatcher.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        _logs.Logs.ShouldContain(l => l.EventId.Id == 6);
        _gateway.Attempts.ShouldBe(0);
        await dispatcher.StopAsync(CancellationToken.None);
    }

    public void Dispose() => _database.Dispose();

    private static OutboxDispatcher Dispatcher(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();

    private ServiceProvider Build(bool enabled) => EmailTestServices.Build(_database.DirectoryPath,
        new Dictionary<string, string?>
        {
            ["Email:Dispatcher:Enabled"] = enabled ? "true" : "false",
            ["Email:Dispatcher:PollInterval"] = PollInterval.ToString(),
        },
        services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton<IEmailGateway>(_gateway);
            services.AddLogging(logging => logging.AddProvider(_logs));
        },
        _database.ConnectionString);
}
