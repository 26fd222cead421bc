using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Applications.ListVacancyApplications;

public sealed class ListVacancyApplicationsHandler(IApplicationDbContext db, ICurrentUser user, ApplicationMapper mapper)
    : IQueryHandler<ListVacancyApplicationsQuery, PagedResult<ApplicationSummaryDto>>
{
    public async ValueTask<PagedResult<ApplicationSummaryDto>> Handle(ListVacancyApplicationsQuery query,
        CancellationToken cancellationToken)
    {
        var (_, _, vacancy) = await db.LoadOwnVacancyAsync(user, query.VacancyId, cancellationToken);
        var read = await ApplicationPages.ReadAsync(db.JobApplications.AsNoTracking()
            .Where(a => a.VacancyId == vacancy.Id && a.PersonalDataDeletedAt == null), query.Page, query.PageSize,
            cancellationToken);
        return read.Page(await mapper.ToSummariesAsync(read.Items,
            new Dictionary<Domain.Vacancies.VacancyId, string> { [vacancy.Id] = vacancy.Title }, cancellationToken));
    }
}
