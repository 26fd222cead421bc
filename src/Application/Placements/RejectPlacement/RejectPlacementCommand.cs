using Mediator;

namespace TalentMatch.Application.Placements.RejectPlacement;

/// <summary>A member of the vacancy's organisation rejects a reported placement (it is not counted).</summary>
public sealed record RejectPlacementCommand(Guid PlacementId) : ICommand;
