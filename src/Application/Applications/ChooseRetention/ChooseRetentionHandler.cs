using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Applications.ChooseRetention;

public sealed class ChooseRetentionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChooseRetentionCommand>
{
    public async ValueTask<Unit> Handle(ChooseRetentionCommand command, CancellationToken cancellationToken)
    {
        var (_, application) = await db.LoadMineAsync(user, command.ApplicationId, cancellationToken);
        application.ChooseRetention(command.KeepForAYear, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
