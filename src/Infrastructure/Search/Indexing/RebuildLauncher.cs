using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Starts a rebuild in the background for the admin page, which then follows it through <see cref="RebuildProgress"/>.
/// The rebuild stops with the application; the live index stays until a rebuild completes.
/// </summary>
public sealed class RebuildLauncher(IServiceScopeFactory scopes, RebuildProgress progress, IHostApplicationLifetime lifetime,
    TimeProvider clock)
{
    /// <summary>False when that index is already being rebuilt.</summary>
    public bool TryStart(IndexName index, string reason)
    {
        // Registered here, not in the background task: a page reloaded at once shows this rebuild running.
        var started = new RebuildStatus(index, reason, 0, 0, clock.GetUtcNow(), null, false);
        if (!progress.TryStart(started))
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>()
                    .RunAsync(started, null, lifetime.ApplicationStopping);
            }
            catch (Exception) when (!lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // logged and recorded as failed by the rebuilder
            }
            catch (OperationCanceledException)
            {
                // the application is stopping
            }
        });
        return true;
    }
}
