namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>All monitor tables for a period (whole months, <c>yyyy-MM</c>, both included) and an optional sector.</summary>
public sealed record MonitorReport(string From, string To, string? Sector, IReadOnlyList<MonitorTable> Tables)
{
    public MonitorTable? Find(string id) => Tables.FirstOrDefault(t => t.Id == id);
}
