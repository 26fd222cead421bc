using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Starts a rebuild in the background for the admin page, which then follows it through <see cref="RebuildProgress"/>.
/// The rebuild stops with the application; the live index stays until a rebuild completes.
/// </summary>
public sealed class RebuildLauncher(IServiceScopeFactory scopes, RebuildProgress progress, IHostApplicationLifetime lifetime)
{
    /// <summary>False when that index is already being rebuilt.</summary>
    public bool TryStart(IndexName index, string reason)
    {
        if (progress.IsRunning(index))
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>()
                    .RebuildAsync(index, reason, null, lifetime.ApplicationStopping);
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
