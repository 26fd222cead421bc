using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Candidates.DeleteMyCv;

public sealed class DeleteMyCvHandler(IApplicationDbContext db, ICurrentUser user, ICvStore store, TimeProvider clock,
    ILogger<DeleteMyCvHandler> logger) : ICommandHandler<DeleteMyCvCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyCvCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.MineAsync(user, cancellationToken);
        var removed = candidate.RemoveCv(clock.GetUtcNow());
        if (removed is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await store.DeleteAsync(removed.StorageKey, CancellationToken.None);
            logger.LogInformation("Candidate {CandidateId} deleted their CV", candidate.Id);
        }

        return Unit.Value;
    }
}
