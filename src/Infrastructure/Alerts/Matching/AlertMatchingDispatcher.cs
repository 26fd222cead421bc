using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Alerts.Matching;

namespace TalentMatch.Infrastructure.Alerts.Matching;

/// <summary>
/// Runs <see cref="AlertMatcher"/> passes while there are triggers, then waits for a save's signal or the poll
/// interval; each pass in a fresh DI scope. Every instance runs one: the pairs' unique index and the transaction
/// that records them and removes the triggers keep two instances from recording a pair twice.
/// </summary>
public sealed partial class AlertMatchingDispatcher(IServiceScopeFactory scopes, IOptions<AlertMatchingOptions> options,
    AlertMatchingSignal signal, ILogger<AlertMatchingDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            Disabled(logger);
            return;
        }

        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                while (await PassAsync(settings.BatchSize, stoppingToken) is { Triggers: > 0 })
                {
                }

                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task<AlertMatchPassResult> PassAsync(int batchSize, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AlertMatcher>().RunPassAsync(batchSize, stoppingToken);
            if (result.Triggers > 0)
            {
                Pass(logger, result.Triggers, result.Recorded);
            }

            return result;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            PassFailed(logger, ex);
            return AlertMatchPassResult.Nothing; // wait for the next poll rather than spin
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Alert matching is disabled (Alerts:Matching:Enabled is false)")]
    private static partial void Disabled(ILogger logger);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Alert matching pass: {Triggers} new items, {Recorded} alert items recorded")]
    private static partial void Pass(ILogger logger, int triggers, int recorded);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Error, Message = "Alert matching pass failed; the triggers stay and are tried again")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
