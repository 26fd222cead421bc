using Mediator;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.UpdateVacancy;

/// <summary>Replaces the vacancy's fields; a published vacancy accepts only the changes the domain allows.</summary>
public sealed record UpdateVacancyCommand(Guid Id, VacancyFields Fields) : ICommand;
