using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Applications.AcceptJobInvitation;

public sealed class AcceptJobInvitationHandler(IApplicationDbContext db, ICurrentUser user, ICvStore store,
    ApplicationEmails emails, TimeProvider clock, ILogger<AcceptJobInvitationHandler> logger)
    : ICommandHandler<AcceptJobInvitationCommand>
{
    public async ValueTask<Unit> Handle(AcceptJobInvitationCommand command, CancellationToken cancellationToken)
    {
        var (candidate, application) = await db.LoadMineAsync(user, command.ApplicationId, cancellationToken);
        var copy = await store.CopyAsync(candidate, command.IncludeCv, cancellationToken);
        try
        {
            application.AcceptInvitation(candidate.UserId, copy, command.KeepForAYear, clock.GetUtcNow());
            var (vacancy, employer) = await db.PartiesAsync(application.VacancyId, cancellationToken);
            await emails.ToEmployerAsync(employer, vacancy, application.InvitedBy, EmailTemplate.InvitationAccepted,
                $"invitation-accepted:{application.Id}", application.Id.Value, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await store.DiscardAsync(copy);
            throw;
        }

        logger.LogInformation("Candidate {CandidateId} accepted invitation {ApplicationId}", candidate.Id, application.Id);
        return Unit.Value;
    }
}
