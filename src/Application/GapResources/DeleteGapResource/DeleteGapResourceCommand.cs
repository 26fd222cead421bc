using Mediator;

namespace TalentMatch.Application.GapResources.DeleteGapResource;

/// <summary>The municipality removes a route that no longer exists; shipped routes too (they are not seeded again).</summary>
public sealed record DeleteGapResourceCommand(Guid Id) : ICommand;
