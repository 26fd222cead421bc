using Mediator;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.ListPublishedVacancies;

/// <summary>
/// Published vacancies whose closing date has not passed, newest first. Page from 1 (default 1), page size 1–100
/// (default 20).
/// </summary>
public sealed record ListPublishedVacanciesQuery(int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<VacancySummaryDto>>;
