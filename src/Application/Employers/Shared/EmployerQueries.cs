using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Application.Employers.Shared;

public static class EmployerQueries
{
    /// <summary>The organisation the account belongs to, as owner or recruiter (at most one).</summary>
    public static IQueryable<Employer> WithMember(this IQueryable<Employer> employers, UserId userId) =>
        employers.Where(e => e.OwnerId == userId || e.Recruiters.Any(r => r.UserId == userId));
}
