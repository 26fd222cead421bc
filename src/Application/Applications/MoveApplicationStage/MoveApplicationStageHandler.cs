using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Applications;

namespace TalentMatch.Application.Applications.MoveApplicationStage;

public sealed class MoveApplicationStageHandler(IApplicationDbContext db, ICurrentUser user, ApplicationEmails emails,
    TimeProvider clock) : ICommandHandler<MoveApplicationStageCommand>
{
    public async ValueTask<Unit> Handle(MoveApplicationStageCommand command, CancellationToken cancellationToken)
    {
        var (userId, _, application) = await db.LoadForEmployerAsync(user, command.ApplicationId, cancellationToken);
        EnumInput.TryParse<ApplicationStage>(command.Stage, out var stage);
        application.MoveTo(stage, userId, clock.GetUtcNow());
        // Stages only move forward, so each stage is reached once: one e-mail per stage.
        await emails.ToCandidateAsync(application.CandidateId, EmailTemplate.ApplicationStageChanged,
            $"application-stage:{application.Id}:{stage}", application.Id.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
