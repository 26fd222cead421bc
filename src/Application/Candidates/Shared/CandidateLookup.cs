using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.Shared;

/// <summary>
/// The signed-in person's own candidate record. Every profile and CV use case goes through here: none takes a
/// candidate id, so nobody can reach someone else's profile by guessing one.
/// </summary>
public static class CandidateLookup
{
    public static async Task<Candidate> MineAsync(this IQueryable<Candidate> candidates, ICurrentUser user,
        CancellationToken cancellationToken)
    {
        var userId = user.Id ?? throw new ForbiddenAccessException();
        return await candidates.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken)
            ?? throw new NotFoundException(nameof(Candidate), userId);
    }
}
