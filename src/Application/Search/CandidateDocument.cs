namespace TalentMatch.Application.Search;

/// <summary>
/// A candidate who chose to be visible to employers, as the engines index it. Holds no name, email, nationality or
/// CV: only what employers search and match on. Work authorisation is reduced to <see cref="NeedsSponsor"/>.
/// </summary>
/// <param name="Version">Changes whenever the profile changes (ProfileUpdatedAt, or RegisteredAt, in Unix milliseconds).</param>
/// <param name="Sectors">The sectors of the desired occupations.</param>
/// <param name="IscoGroups">The ISCO-08 unit groups (4 digits) of the desired occupations.</param>
/// <param name="Languages">Languages as "code:level", e.g. "nl:B1".</param>
/// <param name="HoursPerWeek">The most hours a week the candidate wants to work.</param>
public sealed record CandidateDocument(
    Guid Id,
    long Version,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> OccupationUris,
    IReadOnlyList<string> IscoGroups,
    IReadOnlyList<string> OccupationLabels,
    IReadOnlyList<string> SkillUris,
    IReadOnlyList<string> SkillLabels,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Certificates,
    string? EducationLevel,
    bool NeedsSponsor,
    int? HoursPerWeek,
    DateOnly? AvailableFrom,
    string? PlaceName,
    double? Latitude,
    double? Longitude,
    int? MaxCommuteKm,
    bool WillingToRelocate,
    DateTimeOffset UpdatedAt);
