using Mediator;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.ListMyVacancies;

/// <summary>All vacancies of the signed-in member's organisation, every state, last changed first.</summary>
public sealed record ListMyVacanciesQuery(int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<VacancySummaryDto>>;
