using Mediator;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.CreateVacancy;

/// <summary>A member of an organisation starts a vacancy as a draft; returns its id.</summary>
public sealed record CreateVacancyCommand(VacancyFields Fields) : ICommand<Guid>;
