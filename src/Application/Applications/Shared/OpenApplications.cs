using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Applications.Rules;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>One open application per candidate and vacancy: checked before, and guarded by a unique index at save.</summary>
public static class OpenApplications
{
    public static Task<bool> OpenAsync(this IQueryable<JobApplication> applications, CandidateId candidate,
        VacancyId vacancy, CancellationToken cancellationToken) =>
        applications.AnyAsync(a => a.CandidateId == candidate && a.OpenVacancyId == vacancy, cancellationToken);

    /// <summary>Saves; a second open application that slipped past the check (two requests at once) is the same 409.</summary>
    public static async Task SaveOpenApplicationAsync(this IApplicationDbContext db, JobApplication application,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await db.JobApplications.AsNoTracking().AnyAsync(a => a.Id != application.Id
                    && a.CandidateId == application.CandidateId && a.OpenVacancyId == application.VacancyId, cancellationToken))
            {
                throw new BusinessRuleException(new OneOpenApplicationPerVacancy(alreadyOpen: true));
            }

            throw;
        }
    }
}
