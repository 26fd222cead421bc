using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Models;

namespace TalentMatch.Application.Applications.ListMyApplications;

/// <summary>The signed-in candidate's applications and invitations, last changed first, stages in humane words.</summary>
public sealed record ListMyApplicationsQuery(int? Page = null, int? PageSize = null)
    : IQuery<PagedResult<MyApplicationSummaryDto>>;
