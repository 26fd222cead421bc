using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.Shared;

public static class ApplicationParties
{
    /// <summary>The vacancy and its organisation (read-only), for e-mails and views of an application or placement.</summary>
    public static async Task<(Vacancy Vacancy, Employer Employer)> PartiesAsync(this IApplicationDbContext db,
        VacancyId vacancyId, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking().AsSplitQuery().FirstAsync(v => v.Id == vacancyId, cancellationToken);
        var employer = await db.Employers.AsNoTracking().AsSplitQuery()
            .FirstAsync(e => e.Id == vacancy.EmployerId, cancellationToken);
        return (vacancy, employer);
    }
}
