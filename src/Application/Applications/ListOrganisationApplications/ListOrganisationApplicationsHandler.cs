using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Employers.Shared;

namespace TalentMatch.Application.Applications.ListOrganisationApplications;

public sealed class ListOrganisationApplicationsHandler(IApplicationDbContext db, ICurrentUser user,
    ApplicationMapper mapper) : IQueryHandler<ListOrganisationApplicationsQuery, PagedResult<ApplicationSummaryDto>>
{
    public async ValueTask<PagedResult<ApplicationSummaryDto>> Handle(ListOrganisationApplicationsQuery query,
        CancellationToken cancellationToken)
    {
        var (_, employer) = await db.LoadMyEmployerAsync(user, cancellationToken, tracking: false);
        var ours = db.JobApplications.AsNoTracking()
            .Where(a => a.EmployerId == employer.Id && a.PersonalDataDeletedAt == null);
        var read = await ApplicationPages.ReadAsync(query.IncludeEnded ? ours : ours.Where(a => a.OpenVacancyId != null),
            query.Page, query.PageSize, cancellationToken);
        var vacancies = await db.VacanciesAsync(read.Items.Select(a => a.VacancyId), cancellationToken);
        return read.Page(await mapper.ToSummariesAsync(read.Items,
            vacancies.ToDictionary(v => v.Key, v => v.Value.Title), cancellationToken));
    }
}
