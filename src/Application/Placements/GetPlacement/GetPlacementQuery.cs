using Mediator;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Application.Placements.GetPlacement;

/// <summary>A placement in one of the organisation's vacancies (404 for anyone else).</summary>
public sealed record GetPlacementQuery(Guid PlacementId) : IQuery<PlacementDto>;
