using Mediator;

namespace TalentMatch.Application.Vacancies.FillVacancy;

/// <summary>Marks a published vacancy as filled (final).</summary>
public sealed record FillVacancyCommand(Guid Id) : ICommand;
