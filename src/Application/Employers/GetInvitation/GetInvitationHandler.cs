using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Employers.Rules;

namespace TalentMatch.Application.Employers.GetInvitation;

public sealed class GetInvitationHandler(IApplicationDbContext db, IIdentityService identity, TimeProvider clock)
    : IQueryHandler<GetInvitationQuery, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(GetInvitationQuery query, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.AsNoTracking().AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Invitations.Any(i => i.Id == query.InvitationId), cancellationToken);
        var invitation = employer?.Invitations.First(i => i.Id == query.InvitationId);
        if (employer is null || query.Token.Length > InvitationTokens.MaxLength
            || new InvitationMustBeOpen(invitation, InvitationTokens.Hash(query.Token), clock.GetUtcNow()).IsBroken())
        {
            throw new NotFoundException(nameof(EmployerInvitation), query.InvitationId);
        }

        var account = await identity.FindByEmailAsync(invitation!.Email, cancellationToken);
        return new InvitationDto(employer.Name, invitation.Email, account is not null);
    }
}
