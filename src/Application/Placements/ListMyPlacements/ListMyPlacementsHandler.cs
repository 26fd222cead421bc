using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Placements.Shared;

namespace TalentMatch.Application.Placements.ListMyPlacements;

public sealed class ListMyPlacementsHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyPlacementsQuery, IReadOnlyList<MyPlacementDto>>
{
    public async ValueTask<IReadOnlyList<MyPlacementDto>> Handle(ListMyPlacementsQuery query,
        CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var placements = await db.Placements.AsNoTracking().Where(p => p.CandidateId == candidate.Id)
            .OrderByDescending(p => p.HiredAt).ToListAsync(cancellationToken);
        var vacancies = await db.VacanciesAsync(placements.Select(p => p.VacancyId), cancellationToken);
        var names = await db.EmployerNamesAsync(placements.Select(p => p.EmployerId), cancellationToken);
        return [.. placements.Select(p => new MyPlacementDto(p.Id.Value, p.VacancyId.Value,
            vacancies.GetValueOrDefault(p.VacancyId).Title ?? string.Empty, names.GetValueOrDefault(p.EmployerId) ?? string.Empty,
            p.Source.ToString(), p.Status.ToString(), ApplicationTexts.ForPlacement(p.Status), p.StartDate, p.HiredAt))];
    }
}
