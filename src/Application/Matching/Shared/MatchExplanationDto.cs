using TalentMatch.Application.GapResources.Shared;

namespace TalentMatch.Application.Matching.Shared;

/// <summary>Why a pair matches: what is met, partly met and missing, each with a sentence in the reader's language.</summary>
public sealed record MatchExplanationDto(
    IReadOnlyList<ExplanationItemDto> Met, IReadOnlyList<ExplanationItemDto> PartlyMet,
    IReadOnlyList<ExplanationItemDto> Missing);

/// <summary>
/// One criterion. <paramref name="Obstacle"/> names what stands in the way (e.g. "language:nl") and
/// <paramref name="Routes"/> the municipality's resources that help close it.
/// </summary>
public sealed record ExplanationItemDto(string Criterion, string Text, string? Obstacle, IReadOnlyList<GapRouteDto> Routes);
