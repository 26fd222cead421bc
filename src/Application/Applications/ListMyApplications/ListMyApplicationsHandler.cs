using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;

namespace TalentMatch.Application.Applications.ListMyApplications;

public sealed class ListMyApplicationsHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyApplicationsQuery, PagedResult<MyApplicationSummaryDto>>
{
    public async ValueTask<PagedResult<MyApplicationSummaryDto>> Handle(ListMyApplicationsQuery query,
        CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var read = await ApplicationPages.ReadAsync(
            db.JobApplications.AsNoTracking().Where(a => a.CandidateId == candidate.Id), query.Page, query.PageSize,
            cancellationToken);
        var vacancies = await db.VacanciesAsync(read.Items.Select(a => a.VacancyId), cancellationToken);
        var names = await db.EmployerNamesAsync(read.Items.Select(a => a.EmployerId), cancellationToken);
        return read.Page<MyApplicationSummaryDto>([.. read.Items.Select(a => a.ToMySummary(
            vacancies.GetValueOrDefault(a.VacancyId).Title ?? string.Empty, names.GetValueOrDefault(a.EmployerId) ?? string.Empty))]);
    }
}
