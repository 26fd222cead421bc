namespace TalentMatch.Infrastructure.Alerts.Matching;

/// <summary>Wakes the matching dispatcher when a save added triggers, so instant alerts do not wait for the next poll.</summary>
public sealed class AlertMatchingSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // already signalled
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _signal.WaitAsync(timeout, cancellationToken);
}
