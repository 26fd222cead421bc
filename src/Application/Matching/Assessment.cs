namespace TalentMatch.Application.Matching;

/// <summary>A criterion with its weight and the credit earned (0 to 1), before the scorer adds them up.</summary>
internal readonly record struct Assessment(MatchCriterion Criterion, double Weight, double Credit)
{
    public static Assessment Of(string code, MatchStatus status, double weight, double credit,
        IReadOnlyList<string> arguments, string? obstacle = null) =>
        new(new MatchCriterion(code, status, arguments, status == MatchStatus.Met ? null : obstacle), weight, credit);

    /// <summary>Met for full credit, missing for none, partial in between.</summary>
    public static MatchStatus StatusFor(double credit) =>
        credit >= 1 ? MatchStatus.Met : credit <= 0 ? MatchStatus.Missing : MatchStatus.Partial;
}
