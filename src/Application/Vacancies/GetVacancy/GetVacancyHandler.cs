using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.GetVacancy;

public sealed class GetVacancyHandler(IApplicationDbContext db, ICurrentUser user, IIdentityService identity,
    VacancyMapper mapper) : IQueryHandler<GetVacancyQuery, VacancyDto>
{
    public async ValueTask<VacancyDto> Handle(GetVacancyQuery query, CancellationToken cancellationToken)
    {
        var id = new VacancyId(query.Id);
        var vacancy = await db.Vacancies.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(Vacancy), query.Id);
        var employer = await db.Employers.AsNoTracking().AsSplitQuery().FirstAsync(e => e.Id == vacancy.EmployerId, cancellationToken);
        var member = user.Id is { } userId && employer.IsMember(userId);
        if (!member && vacancy.Status != VacancyStatus.Published)
        {
            throw new NotFoundException(nameof(Vacancy), query.Id);
        }

        var people = new Dictionary<Guid, string>();
        if (member)
        {
            foreach (var by in vacancy.History.Select(h => h.By).Distinct())
            {
                people[by.Value] = (await identity.FindByIdAsync(by, cancellationToken))?.Email ?? string.Empty;
            }
        }

        return await mapper.ToDtoAsync(vacancy, employer.Name, member, people, cancellationToken);
    }
}
