using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Application.Employers.Shared;

public static class MyEmployer
{
    /// <summary>The signed-in account's organisation; 404 when it has none (an account removed from its organisation).</summary>
    public static async Task<(UserId User, Employer Employer)> LoadMyEmployerAsync(this IApplicationDbContext db,
        ICurrentUser user, CancellationToken cancellationToken, bool tracking = true)
    {
        var userId = user.Id ?? throw new ForbiddenAccessException();
        var query = tracking ? db.Employers.AsSplitQuery() : db.Employers.AsNoTracking().AsSplitQuery();
        var employer = await query.WithMember(userId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Employer), userId);
        return (userId, employer);
    }

    /// <summary>As <see cref="LoadMyEmployerAsync"/>, for what only the owner may do (403 for a recruiter).</summary>
    public static async Task<(UserId User, Employer Employer)> LoadOwnedEmployerAsync(this IApplicationDbContext db,
        ICurrentUser user, CancellationToken cancellationToken)
    {
        var (userId, employer) = await db.LoadMyEmployerAsync(user, cancellationToken);
        return employer.IsOwner(userId) ? (userId, employer) : throw new ForbiddenAccessException();
    }
}
