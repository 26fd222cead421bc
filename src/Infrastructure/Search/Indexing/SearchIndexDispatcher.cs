using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Keeps the indexes in step with the database. At start it rebuilds any index that is missing, corrupt or stale;
/// then it works off the index outbox whenever a save in this process signals, and at every poll interval (for
/// changes made by other instances). A long queue (a bulk import) is replaced by a rebuild.
/// </summary>
public sealed class SearchIndexDispatcher(IServiceScopeFactory scopes, IOptions<SearchOptions> options,
    SearchIndexSignal signal, ILogger<SearchIndexDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DispatcherEnabled)
        {
            return;
        }

        await Task.Yield(); // do not hold up the host's start
        try
        {
            if (settings.CheckOnStart)
            {
                await RunAsync(s => s.RebuildWhereNeededAsync(stoppingToken), stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                await RunAsync(s => s.CatchUpAsync(stoppingToken), stoppingToken);
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task RunAsync(Func<SearchIndexMaintenance, Task> work, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider.GetRequiredService<SearchIndexMaintenance>());
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            SearchIndexLog.PassFailed(logger, ex);
        }
    }
}
