using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.ChangeAlert;

public sealed class ChangeAlertHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock,
    ILogger<ChangeAlertHandler> logger) : ICommandHandler<ChangeAlertCommand, AlertDto>
{
    public async ValueTask<AlertDto> Handle(ChangeAlertCommand command, CancellationToken cancellationToken)
    {
        var alert = await db.LoadOwnAlertAsync(user, command.Id, cancellationToken);
        alert.Change(command.Name!, EnumInput.ParseOptional<AlertFrequency>(command.Frequency)!.Value,
            AlertTimes.QuietHours(command.QuietFrom, command.QuietUntil), command.Paused, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new NotFoundException(nameof(AlertSubscription), command.Id); // deleted meanwhile (another tab, a link)
        }

        logger.LogInformation("Alert {AlertId} changed ({AlertFrequency}, paused {Paused}) by {UserId}", alert.Id.Value,
            alert.Frequency, alert.Paused, alert.OwnerId.Value);
        return (await db.ToDtosAsync([alert], cancellationToken))[0];
    }
}
