namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>
/// The latest rebuild of each index in this process, for the admin page; also guards against two rebuilds of the
/// same index at once.
/// </summary>
public sealed class RebuildProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<IndexName, RebuildStatus> _latest = [];

    public IReadOnlyList<RebuildStatus> Latest
    {
        get
        {
            lock (_gate)
            {
                return [.. _latest.Values.OrderBy(s => s.Index)];
            }
        }
    }

    public bool IsRunning(IndexName index)
    {
        lock (_gate)
        {
            return _latest.TryGetValue(index, out var status) && status.Running;
        }
    }

    /// <summary>Records the start; false when a rebuild of that index is already running.</summary>
    public bool TryStart(RebuildStatus status)
    {
        lock (_gate)
        {
            if (_latest.TryGetValue(status.Index, out var current) && current.Running)
            {
                return false;
            }

            _latest[status.Index] = status;
            return true;
        }
    }

    public void Report(RebuildStatus status)
    {
        lock (_gate)
        {
            _latest[status.Index] = status;
        }
    }
}
