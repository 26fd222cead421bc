using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Models;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.ListPublishedVacancies;

public sealed class ListPublishedVacanciesHandler(IApplicationDbContext db, VacancyMapper mapper, TimeProvider clock)
    : IQueryHandler<ListPublishedVacanciesQuery, PagedResult<VacancySummaryDto>>
{
    public async ValueTask<PagedResult<VacancySummaryDto>> Handle(ListPublishedVacanciesQuery query,
        CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var published = db.Vacancies.AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && (v.ClosingDate == null || v.ClosingDate >= today));
        return await VacancyPages.ReadAsync(db, mapper, published.OrderByDescending(v => v.PublishedAt),
            query.Page, query.PageSize, cancellationToken);
    }
}
