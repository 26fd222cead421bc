using Mediator;

namespace TalentMatch.Application.Applications.HireCandidate;

/// <summary>
/// A member records the hire of a candidate who has an offer, with the agreed terms; this records the placement
/// (confirmed) with a snapshot of the job. Returns the placement id.
/// </summary>
public sealed record HireCandidateCommand(Guid ApplicationId, DateOnly? StartDate, int? HoursPerWeek,
    string? ContractType, bool SponsorNeeded, bool HousingArranged) : ICommand<Guid>;
