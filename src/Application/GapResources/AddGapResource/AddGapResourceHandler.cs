using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matching;

namespace TalentMatch.Application.GapResources.AddGapResource;

public sealed class AddGapResourceHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock,
    ILogger<AddGapResourceHandler> logger) : ICommandHandler<AddGapResourceCommand, AddedGapResource>
{
    public async ValueTask<AddedGapResource> Handle(AddGapResourceCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Municipality))
        {
            throw new ForbiddenAccessException();
        }

        var resource = GapResource.Create(command.Obstacle!, command.TitleEn!, command.TitleNl!,
            command.DescriptionEn ?? string.Empty, command.DescriptionNl ?? string.Empty, command.Url!, clock.GetUtcNow());
        db.GapResources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Gap resource {GapResourceId} for {Obstacle} added by {UserId}",
            resource.Id.Value, resource.Obstacle, user.Id?.Value);
        return new AddedGapResource(resource.Id.Value);
    }
}
