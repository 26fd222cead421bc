using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Applications.DeleteExpiredApplicationData;

namespace TalentMatch.Infrastructure.Applications;

/// <summary>
/// Runs the retention use case at start and then every <see cref="RetentionOptions.Interval"/> (on the app's
/// <see cref="TimeProvider"/>), each pass in a fresh scope. Several instances may run it at once: a pass only clears
/// what is due, and clearing twice changes nothing. A failing pass is logged and the loop goes on.
/// </summary>
public sealed partial class ApplicationRetentionJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options,
    RetentionStatus status, TimeProvider clock, ILogger<ApplicationRetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        await Task.Yield(); // do not hold up the host's start
        using var timer = new PeriodicTimer(settings.Interval, clock);
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
            var deleted = await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new DeleteExpiredApplicationDataCommand(), stoppingToken);
            status.Completed(clock.GetUtcNow(), deleted);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            PassFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Application retention pass failed; the next pass tries again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
