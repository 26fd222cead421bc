using Mediator;

namespace TalentMatch.Application.Vacancies.PublishVacancy;

/// <summary>Publishes a complete draft whose closing date has not passed.</summary>
public sealed record PublishVacancyCommand(Guid Id) : ICommand;
