using Mediator;

namespace TalentMatch.Application.Placements.ConfirmPlacement;

/// <summary>A member of the vacancy's organisation confirms a reported placement with the terms agreed.</summary>
public sealed record ConfirmPlacementCommand(Guid PlacementId, DateOnly? StartDate, int? HoursPerWeek,
    string? ContractType, bool SponsorNeeded, bool HousingArranged) : ICommand;
