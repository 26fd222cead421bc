using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.GetMyProfile;

public sealed class GetMyProfileHandler(IApplicationDbContext db, IIdentityService identity, ICurrentUser user)
    : IQueryHandler<GetMyProfileQuery, MyProfileDto>
{
    public async ValueTask<MyProfileDto> Handle(GetMyProfileQuery query, CancellationToken cancellationToken)
    {
        var userId = user.Id ?? throw new ForbiddenAccessException();
        var candidate = await db.Candidates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken)
            ?? throw new NotFoundException(nameof(Candidate), userId);
        var account = await identity.FindByIdAsync(userId, cancellationToken)
            ?? throw new NotFoundException("Account", userId);
        return new MyProfileDto(candidate.Id.Value, candidate.DisplayName, account.Email, candidate.RegisteredAt);
    }
}
