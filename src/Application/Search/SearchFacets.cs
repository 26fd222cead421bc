namespace TalentMatch.Application.Search;

/// <summary>
/// The facets a vacancy search counts, by the names used in results and in the API. Counts are over all vacancies
/// that match the text and every filter except the facet's own (so choosing one sector still shows the others).
/// </summary>
public static class SearchFacets
{
    /// <summary>Sector code, e.g. "healthcare".</summary>
    public const string Sector = "sector";

    /// <summary>ISCO-08 minor group (3 digits).</summary>
    public const string OccupationGroup = "occupationGroup";

    /// <summary>Contract type name, e.g. "Permanent".</summary>
    public const string Contract = "contract";

    /// <summary>A required language with its minimum level, e.g. "nl:B1".</summary>
    public const string Language = "language";

    /// <summary>"true" or "false": whether the employer sponsors a visa.</summary>
    public const string Sponsorship = "sponsorship";

    public static IReadOnlyList<string> All { get; } = [Sector, OccupationGroup, Contract, Language, Sponsorship];
}
