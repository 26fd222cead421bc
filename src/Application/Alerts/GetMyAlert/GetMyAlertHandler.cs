using Mediator;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Alerts.GetMyAlert;

public sealed class GetMyAlertHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyAlertQuery, AlertDto>
{
    public async ValueTask<AlertDto> Handle(GetMyAlertQuery query, CancellationToken cancellationToken)
    {
        var alert = await db.LoadOwnAlertAsync(user, query.Id, cancellationToken);
        return (await db.ToDtosAsync([alert], cancellationToken))[0];
    }
}
