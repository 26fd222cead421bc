namespace TalentMatch.Application.Search;

public enum IndexCondition
{
    /// <summary>Opened and read.</summary>
    Readable = 0,

    /// <summary>No index yet (first start, or deleted).</summary>
    Missing = 1,

    /// <summary>There, but cannot be opened or read.</summary>
    Corrupt = 2,
}

/// <summary>What an engine knows about its index, to decide at start whether it must be rebuilt.</summary>
/// <param name="DocumentCount">Documents in the index (0 unless readable).</param>
/// <param name="MaxVersion">The highest Version of any document (0 when empty): with the count, a cheap fingerprint.</param>
public sealed record IndexState(IndexCondition Condition, long DocumentCount, long MaxVersion)
{
    public static IndexState Missing { get; } = new(IndexCondition.Missing, 0, 0);

    public static IndexState Corrupt { get; } = new(IndexCondition.Corrupt, 0, 0);
}
