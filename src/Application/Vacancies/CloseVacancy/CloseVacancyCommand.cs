using Mediator;

namespace TalentMatch.Application.Vacancies.CloseVacancy;

/// <summary>Closes a published vacancy (final).</summary>
public sealed record CloseVacancyCommand(Guid Id) : ICommand;
