using Mediator;

namespace TalentMatch.Application.Applications.ApplyToVacancy;

/// <summary>
/// The signed-in candidate applies to a published vacancy: a motivation (optional, plain text), optionally a copy of
/// their current CV, and whether the data may be kept for a year after the vacancy closes. Returns the application id.
/// </summary>
public sealed record ApplyToVacancyCommand(Guid VacancyId, string? Motivation, bool IncludeCv, bool KeepForAYear)
    : ICommand<Guid>;
