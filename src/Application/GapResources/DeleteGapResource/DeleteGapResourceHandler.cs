using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matching;

namespace TalentMatch.Application.GapResources.DeleteGapResource;

public sealed class DeleteGapResourceHandler(IApplicationDbContext db, ICurrentUser user,
    ILogger<DeleteGapResourceHandler> logger) : ICommandHandler<DeleteGapResourceCommand>
{
    public async ValueTask<Unit> Handle(DeleteGapResourceCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Municipality))
        {
            throw new ForbiddenAccessException();
        }

        var id = new GapResourceId(command.Id);
        var resource = await db.GapResources.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(GapResource), command.Id);
        db.GapResources.Remove(resource);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Gap resource {GapResourceId} deleted by {UserId}", command.Id, user.Id?.Value);
        return Unit.Value;
    }
}
