using Mediator;
using TalentMatch.Application.GapResources.Shared;

namespace TalentMatch.Application.GapResources.ListGapResources;

/// <summary>All routes to close obstacles, for everyone; texts in <paramref name="Language"/> (en, nl) or the request's language.</summary>
public sealed record ListGapResourcesQuery(string? Language = null) : IQuery<IReadOnlyList<GapResourceDto>>;
