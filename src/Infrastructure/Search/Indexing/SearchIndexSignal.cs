namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// Wakes the index dispatcher right after a save in this process, so a change shows in search within moments
/// instead of at the next poll. Changes made by other instances are picked up by the poll.
/// </summary>
public sealed class SearchIndexSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled; one wake-up covers every save before it
        }
    }

    /// <summary>Waits for a save or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _pending.WaitAsync(timeout, cancellationToken);
}
