namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Wakes a background dispatcher right after a save in this process, so its work starts within moments instead of at
/// the next poll. Work saved by other instances is picked up by the poll. One subclass per dispatcher, for DI.
/// </summary>
public abstract class WakeSignal
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
