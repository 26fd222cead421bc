using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Models;

namespace TalentMatch.Application.Applications.ListVacancyApplications;

/// <summary>
/// The applications and invitations of one of the organisation's vacancies, last changed first (404 for another
/// organisation's vacancy). Applications whose data was deleted are not listed.
/// </summary>
public sealed record ListVacancyApplicationsQuery(Guid VacancyId, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<ApplicationSummaryDto>>;
