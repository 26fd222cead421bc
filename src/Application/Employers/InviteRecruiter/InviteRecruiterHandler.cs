using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;

namespace TalentMatch.Application.Employers.InviteRecruiter;

public sealed class InviteRecruiterHandler(IApplicationDbContext db, ICurrentUser user, IIdentityService identity,
    IEmailOutbox outbox, IAppLinks links, TimeProvider clock, ILogger<InviteRecruiterHandler> logger)
    : ICommandHandler<InviteRecruiterCommand>
{
    public async ValueTask<Unit> Handle(InviteRecruiterCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer) = await db.LoadOwnedEmployerAsync(user, cancellationToken);
        var email = command.Email.Trim();
        var existing = await identity.FindByEmailAsync(email, cancellationToken);
        var token = InvitationTokens.New();
        var invitation = employer.Invite(userId, email, InvitationTokens.Hash(token),
            alreadyMember: existing is not null && employer.IsMember(existing.Id), clock.GetUtcNow());
        await outbox.EnqueueAsync($"invite-recruiter:{invitation.Id}", email, command.Culture,
            EmailTemplate.InviteRecruiter,
            new Dictionary<string, string> { ["link"] = links.AcceptInvitation(invitation.Id, token) }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Employer {EmployerId} sent invitation {InvitationId}", employer.Id.Value, invitation.Id);
        return Unit.Value;
    }
}
