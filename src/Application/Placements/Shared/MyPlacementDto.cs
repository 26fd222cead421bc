namespace TalentMatch.Application.Placements.Shared;

/// <summary>A job the candidate got or reported, and whether the employer confirmed it.</summary>
public sealed record MyPlacementDto(
    Guid Id, Guid VacancyId, string VacancyTitle, string EmployerName, string Source, string Status, string StatusText,
    DateOnly? StartDate, DateTimeOffset HiredAt);
