using TalentMatch.Application.Applications.Shared;

namespace TalentMatch.Application.Placements.Shared;

/// <summary>
/// A placement as the vacancy's organisation sees it: who (a candidate who reports a job identifies themselves to
/// the employer, who confirms it), the terms and the state.
/// </summary>
public sealed record PlacementDto(
    Guid Id, Guid VacancyId, string VacancyTitle, Guid? ApplicationId, string Source, string Status, string StatusText,
    ContactDto Candidate, DateOnly? StartDate, int? HoursPerWeek, string? ContractType, bool SponsorNeeded,
    bool HousingArranged, DateTimeOffset HiredAt, DateTimeOffset? DecidedAt);
