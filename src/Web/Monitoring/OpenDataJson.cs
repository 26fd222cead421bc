using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Web.Monitoring;

/// <summary>Open data: the tables with their licence and how small counts are hidden.</summary>
public sealed record OpenDataJson(string Licence, string LicenceUrl, string Publisher, string Disclosure, string From,
    string To, string? Sector, IReadOnlyList<MonitorTableJson> Tables)
{
    public const string LicenceId = "CC0-1.0";
    public const string LicenceLink = "https://creativecommons.org/publicdomain/zero/1.0/";

    public static OpenDataJson Of(MonitorReport report, MonitorLabels labels) => new(LicenceId, LicenceLink,
        "TalentMatch Leiden", "Counts of fewer than 5 people, and counts from which such a count could be worked out, are "
        + "published as { \"value\": null, \"suppressed\": true }. Only people who consented to statistics are counted.",
        report.From, report.To, report.Sector, [.. report.Tables.Select(t => MonitorTableJson.Of(t, labels))]);
}
