namespace TalentMatch.Application.Matching;

/// <summary>
/// The criteria of one pair as the scorer adds them up: the weights and the credit earned (0 to 1), in criterion
/// order, and, when the pair is to be explained, each criterion as data. Confirming alerts scores millions of pairs
/// and shows only a few, so the criteria are written only when asked for (<see cref="Explains"/>); the sums, and
/// so the score, are the same either way, to the last bit.
/// </summary>
internal struct ScoreSheet(bool explain)
{
    private double _weight;
    private double _earned;

    /// <summary>The criteria in order; null when not explaining.</summary>
    public List<MatchCriterion>? Criteria { get; } = explain ? [] : null;

    /// <summary>Whether the fits should describe what they add (<see cref="Explain"/>); they skip building arguments otherwise.</summary>
    public readonly bool Explains => Criteria is not null;

    /// <summary>The weighted share of credit over the criteria added, 0–100.</summary>
    public readonly double Fit => 100 * _earned / _weight;

    /// <summary>Adds a criterion that applies to the pair: its weight and the credit earned.</summary>
    public void Add(double weight, double credit)
    {
        _weight += weight;
        _earned += weight * credit;
    }

    /// <summary>Describes the criterion just added; an obstacle is kept only where the criterion is not met.</summary>
    public readonly void Explain(string code, MatchStatus status, IReadOnlyList<string> arguments, string? obstacle = null) =>
        Criteria?.Add(new MatchCriterion(code, status, arguments, status == MatchStatus.Met ? null : obstacle));

    /// <summary>Met for full credit, missing for none, partial in between.</summary>
    public static MatchStatus StatusFor(double credit) =>
        credit >= 1 ? MatchStatus.Met : credit <= 0 ? MatchStatus.Missing : MatchStatus.Partial;
}
