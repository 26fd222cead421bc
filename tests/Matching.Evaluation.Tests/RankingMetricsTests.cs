using TalentMatch.Matching.Evaluation;

namespace TalentMatch.Matching.Evaluation.Tests;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Summarise_MixedRanks_GivesRecallAndMrr()
    {
        // Ranks 1, 2 and 12 and one not found: two of four in the top 10; MRR (1 + 1/2 + 1/12 + 0) / 4.
        var summary = RankingMetrics.Summarise([1, 2, 12, null]);

        summary.Cases.ShouldBe(4);
        summary.RecallAtK.ShouldBe(0.5);
        summary.MeanReciprocalRank.ShouldBe((1 + 0.5 + (1.0 / 12)) / 4, 1e-12);
    }

    [Fact]
    public void Summarise_RankExactlyK_CountsAsFound() =>
        RankingMetrics.Summarise([10], k: 10).RecallAtK.ShouldBe(1);

    [Fact]
    public void Summarise_NoCases_IsZero() =>
        RankingMetrics.Summarise([]).ShouldBe(new RankingSummary(0, 0, 0));

    [Fact]
    public void Summarise_RankBelowOne_Throws() =>
        Should.Throw<ArgumentException>(() => RankingMetrics.Summarise([0]));

    [Fact]
    public void PessimisticRank_WhenTied_RanksBehindEveryTie()
    {
        IReadOnlyList<(string Item, double Score)> scored = [("a", 9), ("b", 7), ("target", 7), ("c", 7), ("d", 1)];

        RankingMetrics.PessimisticRank(scored, "target").ShouldBe(4);
        RankingMetrics.PessimisticRank(scored, "a").ShouldBe(1);
    }

    [Fact]
    public void PessimisticRank_WhenAbsent_IsNull() =>
        RankingMetrics.PessimisticRank([("a", 1.0)], "target").ShouldBeNull();
}
