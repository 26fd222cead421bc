namespace TalentMatch.Infrastructure.Applications;

/// <summary>What the retention job last did, for health pages and for tests that wait for a pass.</summary>
public sealed class RetentionStatus
{
    private int _passes;

    public int Passes => Volatile.Read(ref _passes);

    public DateTimeOffset? LastPassAt { get; private set; }

    public int LastDeleted { get; private set; }

    internal void Completed(DateTimeOffset at, int deleted)
    {
        LastPassAt = at;
        LastDeleted = deleted;
        Interlocked.Increment(ref _passes);
    }
}
