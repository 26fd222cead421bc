using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>
/// Runs an <see cref="OutboxProcessor"/> pass every poll interval, each in a fresh DI scope (its own DbContext).
/// A full batch is followed at once by another pass. A failing pass is logged and the loop goes on.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Dispatcher;
        if (!settings.Enabled)
        {
            OutboxLog.Disabled(logger);
            return;
        }

        await Task.Yield(); // do not hold up the host's start
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        try
        {
            do
            {
                await DrainAsync(settings.BatchSize, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task DrainAsync(int batchSize, CancellationToken stoppingToken)
    {
        int claimed;
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var processor = scope.ServiceProvider.GetRequiredService<OutboxProcessor>();
                claimed = await processor.ProcessDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                OutboxLog.PassFailed(logger, ex);
                return;
            }
        }
        while (claimed >= batchSize);
    }
}
