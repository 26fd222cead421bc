namespace TalentMatch.Infrastructure.Search.Indexing;

/// <summary>A snapshot of a rebuild: which index, how far, and why it ran.</summary>
public sealed record RebuildStatus(
    IndexName Index, string Reason, long Done, long Total, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    bool Failed)
{
    public bool Running => FinishedAt is null;

    public int Percent => Total == 0 ? 100 : (int)Math.Min(100, Done * 100 / Total);
}
