namespace TalentMatch.Application.Matching;

/// <summary>How well a candidate and a vacancy fit: a score from 0 to 100 and the criteria behind it, in a fixed order.</summary>
public sealed record MatchResult(int Score, IReadOnlyList<MatchCriterion> Criteria)
{
    /// <summary>The score before rounding (0–100): ranks matches, so two that both show 72 still come in order.</summary>
    public double Fit { get; init; } = Score;

    /// <summary>The distinct obstacles of the criteria, in criterion order: what the candidate can work on.</summary>
    public IReadOnlyList<string> Obstacles =>
        [.. Criteria.Select(c => c.Obstacle).OfType<string>().Distinct(StringComparer.Ordinal)];
}
