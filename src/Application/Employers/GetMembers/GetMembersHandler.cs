using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;

namespace TalentMatch.Application.Employers.GetMembers;

public sealed class GetMembersHandler(IApplicationDbContext db, ICurrentUser user, IIdentityService identity,
    TimeProvider clock) : IQueryHandler<GetMembersQuery, MembersDto>
{
    public async ValueTask<MembersDto> Handle(GetMembersQuery query, CancellationToken cancellationToken)
    {
        var (userId, employer) = await db.LoadMyEmployerAsync(user, cancellationToken, tracking: false);
        var members = new List<MemberDto>();
        var accounts = new[] { (Id: employer.OwnerId, Role: "Owner", Since: employer.RegisteredAt) }
            .Concat(employer.Recruiters.OrderBy(r => r.JoinedAt).Select(r => (Id: r.UserId, Role: "Recruiter", Since: r.JoinedAt)));
        foreach (var (id, role, since) in accounts)
        {
            var account = await identity.FindByIdAsync(id, cancellationToken);
            members.Add(new MemberDto(id.Value, account?.Email ?? string.Empty, role, since));
        }

        var now = clock.GetUtcNow();
        var open = employer.Invitations.Where(i => i.IsOpen(now)).OrderBy(i => i.InvitedAt)
            .Select(i => new OpenInvitationDto(i.Email, i.InvitedAt, i.ExpiresAt)).ToList();
        return new MembersDto(members, open, employer.IsOwner(userId));
    }
}
