using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.DeleteAlert;

public sealed class DeleteAlertHandler(IApplicationDbContext db, ICurrentUser user, ILogger<DeleteAlertHandler> logger)
    : ICommandHandler<DeleteAlertCommand>
{
    public async ValueTask<Unit> Handle(DeleteAlertCommand command, CancellationToken cancellationToken)
    {
        var owner = user.Id ?? throw new NotFoundException(nameof(AlertSubscription), command.Id);
        var id = new AlertSubscriptionId(command.Id);
        // One statement, so a double click deletes once and the second is "not found"; deliveries go by cascade.
        var removed = await db.AlertSubscriptions.Where(a => a.Id == id && a.OwnerId == owner)
            .ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw new NotFoundException(nameof(AlertSubscription), command.Id);
        }

        logger.LogInformation("Alert {AlertId} deleted by {UserId}", command.Id, owner.Value);
        return Unit.Value;
    }
}
