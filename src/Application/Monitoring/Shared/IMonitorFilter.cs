namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>The filters of the monitor and open data: months <c>yyyy-MM</c> (both included) and a sector code.</summary>
public interface IMonitorFilter
{
    string? From { get; }

    string? To { get; }

    string? Sector { get; }
}
