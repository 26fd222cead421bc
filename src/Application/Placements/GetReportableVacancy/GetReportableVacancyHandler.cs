using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Placements.GetReportableVacancy;

public sealed class GetReportableVacancyHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetReportableVacancyQuery, ReportableVacancyDto>
{
    public async ValueTask<ReportableVacancyDto> Handle(GetReportableVacancyQuery query, CancellationToken cancellationToken)
    {
        await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var id = new VacancyId(query.VacancyId);
        var found = await db.Vacancies.AsNoTracking().Where(v => v.Id == id && v.Status != VacancyStatus.Draft)
            .Join(db.Employers, v => v.EmployerId, e => e.Id, (v, e) => new { v.Title, e.Name, v.Status })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(Vacancy), query.VacancyId);
        return new ReportableVacancyDto(query.VacancyId, found.Title, found.Name, found.Status.ToString());
    }
}
