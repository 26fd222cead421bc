using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Shared;

public static class OwnAlerts
{
    /// <summary>One of the signed-in person's alerts; anyone else's is "not found" (404), like one that does not exist.</summary>
    public static async Task<AlertSubscription> LoadOwnAlertAsync(this IApplicationDbContext db, ICurrentUser user,
        Guid id, CancellationToken cancellationToken)
    {
        var owner = user.Id ?? throw new NotFoundException(nameof(AlertSubscription), id);
        var alertId = new AlertSubscriptionId(id);
        return await db.AlertSubscriptions.SingleOrDefaultAsync(a => a.Id == alertId && a.OwnerId == owner, cancellationToken)
            ?? throw new NotFoundException(nameof(AlertSubscription), id);
    }
}
