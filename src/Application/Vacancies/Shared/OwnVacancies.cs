using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.Shared;

public static class OwnVacancies
{
    /// <summary>
    /// A vacancy of the signed-in member's organisation. Another organisation's vacancy is "not found" (404), like
    /// one that does not exist, so ids of others' drafts are never confirmed.
    /// </summary>
    public static async Task<(UserId User, Employer Employer, Vacancy Vacancy)> LoadOwnVacancyAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid vacancyId, CancellationToken cancellationToken)
    {
        var userId = user.Id ?? throw new NotFoundException(nameof(Vacancy), vacancyId);
        var employer = await db.Employers.AsSplitQuery().WithMember(userId).FirstOrDefaultAsync(cancellationToken);
        var id = new VacancyId(vacancyId);
        var vacancy = employer is null ? null
            : await db.Vacancies.AsSplitQuery().FirstOrDefaultAsync(v => v.Id == id && v.EmployerId == employer.Id, cancellationToken);
        return vacancy is null ? throw new NotFoundException(nameof(Vacancy), vacancyId) : (userId, employer!, vacancy);
    }
}
