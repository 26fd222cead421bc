namespace TalentMatch.Matching.Evaluation;

/// <summary>The figures of one method on one kind of case.</summary>
/// <param name="RecallAtK">Share of cases whose relevant document is within the top k.</param>
/// <param name="MeanReciprocalRank">Mean of 1/rank (0 when not found).</param>
public sealed record RankingSummary(int Cases, double RecallAtK, double MeanReciprocalRank);
