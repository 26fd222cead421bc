using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Application.Placements.RejectPlacement;

public sealed class RejectPlacementHandler(IApplicationDbContext db, ICurrentUser user, ApplicationEmails emails,
    TimeProvider clock) : ICommandHandler<RejectPlacementCommand>
{
    public async ValueTask<Unit> Handle(RejectPlacementCommand command, CancellationToken cancellationToken)
    {
        var (userId, _, placement) = await db.LoadPlacementForEmployerAsync(user, command.PlacementId, cancellationToken);
        placement.Reject(userId, clock.GetUtcNow());
        await emails.ToCandidateAboutPlacementAsync(placement.CandidateId, EmailTemplate.PlacementAnswered,
            $"placement-answered:{placement.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
