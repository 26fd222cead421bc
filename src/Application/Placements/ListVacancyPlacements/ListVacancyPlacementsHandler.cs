using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Placements;

namespace TalentMatch.Application.Placements.ListVacancyPlacements;

public sealed class ListVacancyPlacementsHandler(IApplicationDbContext db, ICurrentUser user, PlacementMapper mapper)
    : IQueryHandler<ListVacancyPlacementsQuery, IReadOnlyList<PlacementDto>>
{
    public async ValueTask<IReadOnlyList<PlacementDto>> Handle(ListVacancyPlacementsQuery query,
        CancellationToken cancellationToken)
    {
        var (_, _, vacancy) = await db.LoadOwnVacancyAsync(user, query.VacancyId, cancellationToken);
        var placements = await db.Placements.AsNoTracking().Where(p => p.VacancyId == vacancy.Id)
            .OrderByDescending(p => p.HiredAt).ToListAsync(cancellationToken);
        return await mapper.ToDtosAsync(
            [.. placements.OrderBy(p => p.Status != PlacementStatus.AwaitingConfirmation)], cancellationToken);
    }
}
