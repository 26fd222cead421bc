using Mediator;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Application.Placements.ListMyPlacements;

/// <summary>The signed-in candidate's placements: hires and the jobs they reported, newest first.</summary>
public sealed record ListMyPlacementsQuery : IQuery<IReadOnlyList<MyPlacementDto>>;
