using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Models;

namespace TalentMatch.Application.Applications.ListOrganisationApplications;

/// <summary>The applications to all vacancies of the signed-in member's organisation; only open ones unless asked.</summary>
public sealed record ListOrganisationApplicationsQuery(bool IncludeEnded = false, int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<ApplicationSummaryDto>>;
