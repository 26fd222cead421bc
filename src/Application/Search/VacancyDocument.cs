namespace TalentMatch.Application.Search;

/// <summary>
/// A published vacancy as the search engines index it: flat, built from the database (which stays the truth) by
/// <c>SearchDocuments</c>. Concept fields hold ESCO URIs and codes for exact filtering; the label fields hold the
/// labels of those concepts in every language the taxonomy has, so a title in any of them finds the vacancy.
/// </summary>
/// <param name="Version">Changes whenever the vacancy changes (its UpdatedAt in Unix milliseconds, exact in a double); used to detect a stale index.</param>
/// <param name="TextLanguage">"nl" or "en": the language the employer wrote title and description in, picking the analyser.</param>
/// <param name="IscoGroup">The ISCO-08 unit group (4 digits) of the occupation.</param>
/// <param name="OccupationGroup">The ISCO-08 minor group (3 digits), the facet "occupation group".</param>
/// <param name="Languages">Required languages as "code:level", e.g. "nl:B1".</param>
public sealed record VacancyDocument(
    Guid Id,
    long Version,
    Guid EmployerId,
    string EmployerName,
    string Title,
    string Description,
    string TextLanguage,
    string? Sector,
    string? OccupationUri,
    string? IscoGroup,
    string? OccupationGroup,
    IReadOnlyList<string> OccupationLabels,
    IReadOnlyList<string> EssentialSkillUris,
    IReadOnlyList<string> OptionalSkillUris,
    IReadOnlyList<string> SkillLabels,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Certificates,
    string? ContractType,
    string? WorkMode,
    int? HoursMin,
    int? HoursMax,
    int? SalaryFrom,
    int? SalaryTo,
    string? PlaceName,
    double? Latitude,
    double? Longitude,
    bool VisaSponsorship,
    bool HousingSupport,
    bool RelocationSupport,
    DateTimeOffset PublishedAt,
    DateOnly? ClosingDate);
