using Mediator;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.GetVacancy;

/// <summary>
/// A published vacancy for anyone; a draft, closed or filled one only for members of its employer. Everyone else
/// gets "not found", so the id of a draft is never confirmed.
/// </summary>
public sealed record GetVacancyQuery(Guid Id) : IQuery<VacancyDto>;
