namespace TalentMatch.Application.Matching;

/// <summary>
/// One criterion of a match, in data rather than text, so the same result can be explained in any language
/// (<see cref="MatchExplainer"/>) and counted in statistics.
/// </summary>
/// <param name="Code">One of <see cref="CriterionCodes"/>.</param>
/// <param name="Arguments">What the explanation needs (URIs, levels, counts, dates), invariant; per code, see <see cref="CriterionCodes"/>.</param>
/// <param name="Obstacle">
/// For a criterion that is not met but that the candidate can work on: one of <see cref="Obstacles"/>, the key of the
/// municipality's list of help (courses, diploma evaluation, applications). Null when met or when nothing can be done.
/// </param>
public sealed record MatchCriterion(string Code, MatchStatus Status, IReadOnlyList<string> Arguments, string? Obstacle);
