namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>The ids of the monitor's tables; the first four are about people placed and make the open data.</summary>
public static class MonitorTables
{
    public const string PlacementsBySectorMonth = "placements-by-sector-month";
    public const string PlacedHousingNeed = "placed-housing-need";
    public const string PlacedHousingArranged = "placed-housing-arranged";
    public const string DaysToPlacement = "days-to-placement";
    public const string CandidatesByGroupSector = "candidates-by-group-sector";
    public const string CandidateHousingNeed = "candidates-housing-need";
    public const string Funnel = "funnel";
    public const string FunnelConversion = "funnel-conversion";
    public const string ShortagePressure = "shortage-pressure";
    public const string Obstacles = "obstacles";

    public static IReadOnlyList<string> OpenData { get; } =
        [PlacementsBySectorMonth, PlacedHousingNeed, PlacedHousingArranged, DaysToPlacement];

    public static IReadOnlyList<string> All { get; } =
    [
        PlacementsBySectorMonth, PlacedHousingNeed, PlacedHousingArranged, DaysToPlacement, CandidatesByGroupSector,
        CandidateHousingNeed, Funnel, FunnelConversion, ShortagePressure, Obstacles,
    ];
}
