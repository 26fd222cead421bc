using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Alerts.ListMyAlerts;

public sealed class ListMyAlertsHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyAlertsQuery, IReadOnlyList<AlertDto>>
{
    public async ValueTask<IReadOnlyList<AlertDto>> Handle(ListMyAlertsQuery query, CancellationToken cancellationToken)
    {
        var owner = user.Id ?? throw new ForbiddenAccessException();
        var alerts = await db.AlertSubscriptions.AsNoTracking().Where(a => a.OwnerId == owner).ToListAsync(cancellationToken);
        return await db.ToDtosAsync([.. alerts.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id.Value)], cancellationToken);
    }
}
