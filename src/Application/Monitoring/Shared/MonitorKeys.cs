using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>Keys of the rows and columns besides sector codes, months, stages and groups.</summary>
public static class MonitorKeys
{
    public const string Total = "total";

    /// <summary>No sector: a vacancy or candidate outside the four shortage sectors.</summary>
    public const string OtherSector = "other";

    public const string Unknown = "unknown";

    public static IReadOnlyList<string> Sectors { get; } = [.. Sector.All.Select(s => s.Code)];

    /// <summary>The four sectors and <see cref="OtherSector"/>.</summary>
    public static IReadOnlyList<string> SectorsAndOther { get; } = [.. Sectors, OtherSector];

    public static string SectorOf(Sector? sector) => sector?.Code ?? OtherSector;
}
