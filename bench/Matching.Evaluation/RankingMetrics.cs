namespace TalentMatch.Matching.Evaluation;

/// <summary>
/// Recall@k and mean reciprocal rank over a set of cases, each with the 1-based rank at which a method put the one
/// relevant document (null when the method did not return it at all).
/// </summary>
public static class RankingMetrics
{
    public const int DefaultK = 10;

    public static RankingSummary Summarise(IReadOnlyCollection<int?> ranks, int k = DefaultK)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (ranks.Any(r => r < 1))
        {
            throw new ArgumentException("Ranks start at 1.", nameof(ranks));
        }

        if (ranks.Count == 0)
        {
            return new RankingSummary(0, 0, 0);
        }

        var recall = (double)ranks.Count(r => r <= k) / ranks.Count;
        var mrr = ranks.Sum(r => r is { } rank ? 1.0 / rank : 0) / ranks.Count;
        return new RankingSummary(ranks.Count, recall, mrr);
    }

    /// <summary>
    /// The 1-based rank of <paramref name="relevant"/> in a list ordered by score, best first, counting every
    /// document with the same score as ranked before it (pessimistic: ties never flatter a method).
    /// </summary>
    public static int? PessimisticRank<T>(IReadOnlyList<(T Item, double Score)> scored, T relevant)
        where T : notnull
    {
        var comparer = EqualityComparer<T>.Default;
        var target = scored.Where(s => comparer.Equals(s.Item, relevant)).Select(s => (double?)s.Score).FirstOrDefault();
        return target is { } score ? scored.Count(s => s.Score >= score) : null;
    }
}
