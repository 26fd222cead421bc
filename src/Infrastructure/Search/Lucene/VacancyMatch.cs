namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>One vacancy matching the Lucene query, with what facets, the radius and sorting need.</summary>
internal sealed record VacancyMatch(
    int Doc,
    string Id,
    float Score,
    string? Sector,
    string? OccupationUri,
    string? OccupationGroup,
    string? Contract,
    IReadOnlyList<string> Languages,
    bool SponsorsVisa,
    bool Remote,
    long Published,
    long? SalaryTo,
    double? DistanceKm);
