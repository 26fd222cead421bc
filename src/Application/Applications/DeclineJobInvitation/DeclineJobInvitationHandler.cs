using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Applications.DeclineJobInvitation;

public sealed class DeclineJobInvitationHandler(IApplicationDbContext db, ICurrentUser user, ApplicationEmails emails,
    TimeProvider clock) : ICommandHandler<DeclineJobInvitationCommand>
{
    public async ValueTask<Unit> Handle(DeclineJobInvitationCommand command, CancellationToken cancellationToken)
    {
        var (candidate, application) = await db.LoadMineAsync(user, command.ApplicationId, cancellationToken);
        application.DeclineInvitation(candidate.UserId, clock.GetUtcNow());
        var (vacancy, employer) = await db.PartiesAsync(application.VacancyId, cancellationToken);
        await emails.ToEmployerAsync(employer, vacancy, application.InvitedBy, EmailTemplate.InvitationDeclined,
            $"invitation-declined:{application.Id}", application.Id.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
