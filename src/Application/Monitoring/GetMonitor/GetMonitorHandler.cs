using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Monitoring.Shared;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Monitoring.GetMonitor;

/// <summary>
/// Computes every monitor table on request from the records (no statistics store): four populations — people placed,
/// candidates registered, people who applied, and today's matches — each protected in one call with all its totals.
/// </summary>
public sealed class GetMonitorHandler(IApplicationDbContext db, ITaxonomy taxonomy, ShortageFigures shortage,
    TimeProvider clock) : IQueryHandler<GetMonitorQuery, MonitorReport>
{
    public async ValueTask<MonitorReport> Handle(GetMonitorQuery query, CancellationToken cancellationToken)
    {
        var period = MonitorPeriod.Resolve(query.From, query.To, clock.GetUtcNow());
        List<MonitorTable> tables =
        [
            .. await PlacementFigures.BuildAsync(db, period, cancellationToken),
            .. await CandidateFigures.BuildAsync(db, taxonomy, period, cancellationToken),
            .. await FunnelFigures.BuildAsync(db, period, cancellationToken),
            .. await shortage.BuildAsync(cancellationToken),
        ];
        var sector = Sector.FromCode(query.Sector)?.Code;
        return new MonitorReport(MonitorPeriod.Key(period.First), MonitorPeriod.Key(period.Last), sector,
            [.. tables.Select(t => sector is null ? t : SectorFilter.Apply(t, sector))]);
    }
}
