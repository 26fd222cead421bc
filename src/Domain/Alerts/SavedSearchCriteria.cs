namespace TalentMatch.Domain.Alerts;

/// <summary>
/// The vacancy search a candidate saved, with the same meaning as the search page and API (values as they are
/// sent there: sector codes, ESCO URIs, contract names, "nl:B1", a Dutch place name). Stored as one JSON column.
/// </summary>
public sealed record SavedSearchCriteria(
    string? Text,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Contracts,
    IReadOnlyList<string> Languages,
    string? Near,
    double? RadiusKm,
    int? HoursMin,
    int? HoursMax,
    int? SalaryMin,
    bool? SponsorsVisa,
    bool? Housing)
{
    public const int TextMaxLength = 200;

    /// <summary>ISCO-08 minor groups (3 digits), the search's "occupation group" facet; null or empty: any.</summary>
    public IReadOnlyList<string>? OccupationGroups { get; init; }
}
