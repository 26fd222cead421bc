using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Monitoring.GetMonitor;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Monitoring.GetOpenPlacements;

/// <summary>The placements population alone: it is protected on its own, so its figures equal the monitor's.</summary>
public sealed class GetOpenPlacementsHandler(IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<GetOpenPlacementsQuery, MonitorReport>
{
    public async ValueTask<MonitorReport> Handle(GetOpenPlacementsQuery query, CancellationToken cancellationToken)
    {
        var period = MonitorPeriod.Resolve(query.From, query.To, clock.GetUtcNow());
        var tables = await PlacementFigures.BuildAsync(db, period, cancellationToken);
        var sector = Sector.FromCode(query.Sector)?.Code;
        return new MonitorReport(MonitorPeriod.Key(period.First), MonitorPeriod.Key(period.Last), sector,
            [.. tables.Select(t => sector is null ? t : SectorFilter.Apply(t, sector))]);
    }
}
