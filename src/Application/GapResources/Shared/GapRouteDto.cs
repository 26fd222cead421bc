namespace TalentMatch.Application.GapResources.Shared;

/// <summary>What a candidate sees under a missing requirement: one route to close it, in their language.</summary>
public sealed record GapRouteDto(string Title, string Description, string Url);
