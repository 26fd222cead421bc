using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matching;

namespace TalentMatch.Application.GapResources.UpdateGapResource;

public sealed class UpdateGapResourceHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock,
    ILogger<UpdateGapResourceHandler> logger) : ICommandHandler<UpdateGapResourceCommand>
{
    public async ValueTask<Unit> Handle(UpdateGapResourceCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Municipality))
        {
            throw new ForbiddenAccessException();
        }

        var id = new GapResourceId(command.Id);
        var resource = await db.GapResources.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(GapResource), command.Id);
        resource.Update(command.Obstacle!, command.TitleEn!, command.TitleNl!, command.DescriptionEn ?? string.Empty,
            command.DescriptionNl ?? string.Empty, command.Url!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Gap resource {GapResourceId} changed by {UserId}", command.Id, user.Id?.Value);
        return Unit.Value;
    }
}
