using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Alerts.Mailing;

namespace TalentMatch.Infrastructure.Alerts.Mailing;

/// <summary>
/// Runs an <see cref="AlertMailer"/> pass at start and every poll interval, each in a fresh DI scope (its own
/// DbContext). Every instance runs one; the mailer's transactions keep them from mailing an item twice. The outbox
/// dispatcher then sends the queued e-mails with its retries.
/// </summary>
public sealed class AlertMailingDispatcher(IServiceScopeFactory scopes, IOptions<AlertMailingOptions> options,
    TimeProvider clock, ILogger<AlertMailingDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            AlertMailingLog.Disabled(logger);
            return;
        }

        await Task.Yield(); // do not hold up the host's start
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        try
        {
            do
            {
                await PassAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AlertMailer>().RunPassAsync(stoppingToken);
            if (result.EmailsQueued > 0 || result.ItemsSkipped > 0)
            {
                AlertMailingLog.Pass(logger, result.EmailsQueued, result.ItemsMailed, result.People, result.ItemsSkipped);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            AlertMailingLog.PassFailed(logger, ex);
        }
    }
}
