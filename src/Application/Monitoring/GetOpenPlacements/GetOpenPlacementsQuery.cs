using Mediator;
using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Application.Monitoring.GetOpenPlacements;

/// <summary>
/// Open data (CC0, no login): the monitor's tables about people placed (<see cref="MonitorTables.OpenData"/>), with the
/// same filters and exactly the same protected figures as the monitor shows.
/// </summary>
public sealed record GetOpenPlacementsQuery(string? From = null, string? To = null, string? Sector = null)
    : IQuery<MonitorReport>, IMonitorFilter;
