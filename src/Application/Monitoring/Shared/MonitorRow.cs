namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>A row of a monitor table: its key (a sector code, a month, <c>total</c>...) and one cell per column.</summary>
public sealed record MonitorRow(string Key, IReadOnlyList<MonitorCell> Cells);
