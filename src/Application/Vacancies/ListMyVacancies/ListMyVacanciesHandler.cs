using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.ListMyVacancies;

public sealed class ListMyVacanciesHandler(IApplicationDbContext db, ICurrentUser user, VacancyMapper mapper)
    : IQueryHandler<ListMyVacanciesQuery, PagedResult<VacancySummaryDto>>
{
    public async ValueTask<PagedResult<VacancySummaryDto>> Handle(ListMyVacanciesQuery query,
        CancellationToken cancellationToken)
    {
        var (_, employer) = await db.LoadMyEmployerAsync(user, cancellationToken, tracking: false);
        var mine = db.Vacancies.AsNoTracking().Where(v => v.EmployerId == employer.Id).OrderByDescending(v => v.UpdatedAt);
        return await VacancyPages.ReadAsync(db, mapper, mine, query.Page, query.PageSize, cancellationToken);
    }
}
