namespace TalentMatch.Application.GapResources.AddGapResource;

/// <summary>The result of adding a route: its id, to change or remove it later.</summary>
public sealed record AddedGapResource(Guid Id);
