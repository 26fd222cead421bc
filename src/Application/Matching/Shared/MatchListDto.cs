namespace TalentMatch.Application.Matching.Shared;

/// <summary>Matches, best first.</summary>
public sealed record MatchListDto<T>(IReadOnlyList<T> Items);
