using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Application.Applications.Shared;

/// <summary>
/// The one way to an application. A candidate reaches only their own; an employer member only those to their
/// organisation's vacancies whose data is still kept. Anything else is "not found" (404), so ids are never confirmed.
/// </summary>
public static class ApplicationAccess
{
    public static async Task<(Candidate Candidate, JobApplication Application)> LoadMineAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid applicationId, CancellationToken cancellationToken,
        bool tracking = true)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var id = new JobApplicationId(applicationId);
        var application = await Query(db, tracking)
            .FirstOrDefaultAsync(a => a.Id == id && a.CandidateId == candidate.Id, cancellationToken);
        return application is null
            ? throw new NotFoundException(nameof(JobApplication), applicationId)
            : (candidate, application);
    }

    public static async Task<(UserId User, Employer Employer, JobApplication Application)> LoadForEmployerAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid applicationId, CancellationToken cancellationToken,
        bool tracking = true)
    {
        var userId = user.Id ?? throw new NotFoundException(nameof(JobApplication), applicationId);
        var employer = await db.Employers.AsNoTracking().AsSplitQuery().WithMember(userId).FirstOrDefaultAsync(cancellationToken);
        var id = new JobApplicationId(applicationId);
        var application = employer is null ? null : await Query(db, tracking).FirstOrDefaultAsync(
            a => a.Id == id && a.EmployerId == employer.Id && a.PersonalDataDeletedAt == null, cancellationToken);
        return application is null
            ? throw new NotFoundException(nameof(JobApplication), applicationId)
            : (userId, employer!, application);
    }

    private static IQueryable<JobApplication> Query(IApplicationDbContext db, bool tracking) =>
        tracking ? db.JobApplications.AsSplitQuery() : db.JobApplications.AsNoTracking().AsSplitQuery();
}
