using Mediator;
using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Application.Monitoring.GetMonitor;

/// <summary>
/// The municipality's monitor: every table for the months <paramref name="From"/> to <paramref name="To"/>
/// (<c>yyyy-MM</c>, both included; default the last twelve whole months) and optionally one sector. Only aggregates of
/// people who consented to statistics, each protected against small counts (see ADR 0012).
/// </summary>
public sealed record GetMonitorQuery(string? From = null, string? To = null, string? Sector = null)
    : IQuery<MonitorReport>, IMonitorFilter;
