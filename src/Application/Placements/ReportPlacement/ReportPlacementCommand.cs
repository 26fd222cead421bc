using Mediator;

namespace TalentMatch.Application.Placements.ReportPlacement;

/// <summary>
/// "I found this job through TalentMatch": the candidate reports a vacancy they matched but did not apply to here,
/// optionally with their start date. The employer then confirms or rejects it. Returns the placement id.
/// </summary>
public sealed record ReportPlacementCommand(Guid VacancyId, DateOnly? StartDate) : ICommand<Guid>;
