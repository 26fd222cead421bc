using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Application.Placements.GetPlacement;

public sealed class GetPlacementHandler(IApplicationDbContext db, ICurrentUser user, PlacementMapper mapper)
    : IQueryHandler<GetPlacementQuery, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(GetPlacementQuery query, CancellationToken cancellationToken)
    {
        var (_, _, placement) = await db.LoadPlacementForEmployerAsync(user, query.PlacementId, cancellationToken, tracking: false);
        return (await mapper.ToDtosAsync([placement], cancellationToken))[0];
    }
}
