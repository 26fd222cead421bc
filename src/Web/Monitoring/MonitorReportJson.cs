using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Web.Monitoring;

/// <summary>The monitor's answer: the period and sector it is for, and its tables.</summary>
public sealed record MonitorReportJson(string From, string To, string? Sector, IReadOnlyList<MonitorTableJson> Tables)
{
    public static MonitorReportJson Of(MonitorReport report, MonitorLabels labels) => new(report.From, report.To,
        report.Sector, [.. report.Tables.Select(t => MonitorTableJson.Of(t, labels))]);
}
