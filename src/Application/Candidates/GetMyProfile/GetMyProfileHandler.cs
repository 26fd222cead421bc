using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.GetMyProfile;

public sealed class GetMyProfileHandler(IApplicationDbContext db, IIdentityService identity, ICurrentUser user,
    ITaxonomy taxonomy) : IQueryHandler<GetMyProfileQuery, MyProfileDto>
{
    public async ValueTask<MyProfileDto> Handle(GetMyProfileQuery query, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var account = await identity.FindByIdAsync(candidate.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", candidate.UserId);
        var codes = candidate.Certificates.ToList();
        var certificates = await db.Certificates.AsNoTracking().Where(c => codes.Contains(c.Code))
            .ToDictionaryAsync(c => c.Code, cancellationToken);
        return candidate.ToDto(account.Email, taxonomy, certificates, ProfileLanguage.Of(query.Language));
    }
}
