using TalentMatch.Application.Search;
using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Contract;

/// <summary>
/// Plain documents for the engine contract tests: a Leiden vacancy or candidate with nothing special, changed per test
/// with <c>with</c>. No engine types, so every engine runs the same cases.
/// </summary>
public static class SearchDocumentBuilder
{
    public static readonly DateOnly Today = new(2025, 6, 2);

    public static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly GeoPoint Leiden = new(52.1601, 4.4970);

    /// <summary>About 15 km from Leiden.</summary>
    public static readonly GeoPoint TheHague = new(52.0705, 4.3007);

    /// <summary>About 35 km from Leiden.</summary>
    public static readonly GeoPoint Amsterdam = new(52.3676, 4.9041);

    /// <summary>About 175 km from Leiden.</summary>
    public static readonly GeoPoint Groningen = new(53.2194, 6.5665);

    public const string WelderUri = "http://data.europa.eu/esco/occupation/welder";
    public const string NurseUri = "http://data.europa.eu/esco/occupation/nurse";
    public const string TeacherUri = "http://data.europa.eu/esco/occupation/teacher";
    public const string WeldingSkillUri = "http://data.europa.eu/esco/skill/welding";
    public const string CareSkillUri = "http://data.europa.eu/esco/skill/care";

    public static VacancyDocument Vacancy(string title = "Medewerker", string description = "Een mooie baan in Leiden.",
        string language = "nl") => new(
        Id: Guid.NewGuid(),
        Version: 1,
        EmployerId: Guid.NewGuid(),
        EmployerName: "Werkgever BV",
        Title: title,
        Description: description,
        TextLanguage: language,
        Sector: "construction",
        OccupationUri: null,
        IscoGroup: null,
        OccupationGroup: null,
        OccupationLabels: [],
        EssentialSkillUris: [],
        OptionalSkillUris: [],
        SkillLabels: [],
        Languages: [],
        Certificates: [],
        ContractType: "Permanent",
        WorkMode: "OnSite",
        HoursMin: 32,
        HoursMax: 40,
        SalaryFrom: null,
        SalaryTo: null,
        PlaceName: "Leiden",
        Latitude: Leiden.Latitude,
        Longitude: Leiden.Longitude,
        VisaSponsorship: false,
        HousingSupport: false,
        RelocationSupport: false,
        PublishedAt: Now.AddDays(-1),
        ClosingDate: null);

    public static VacancyDocument At(this VacancyDocument vacancy, GeoPoint? place) =>
        vacancy with { Latitude = place?.Latitude, Longitude = place?.Longitude };

    public static CandidateDocument Candidate() => new(
        Id: Guid.NewGuid(),
        Version: 1,
        Sectors: [],
        OccupationUris: [],
        IscoGroups: [],
        OccupationLabels: [],
        SkillUris: [],
        SkillLabels: [],
        Languages: [],
        Certificates: [],
        EducationLevel: null,
        NeedsSponsor: false,
        HoursPerWeek: 36,
        AvailableFrom: null,
        PlaceName: "Leiden",
        Latitude: Leiden.Latitude,
        Longitude: Leiden.Longitude,
        MaxCommuteKm: 30,
        WillingToRelocate: false,
        UpdatedAt: Now.AddDays(-1));

    public static CandidateDocument At(this CandidateDocument candidate, GeoPoint? place) =>
        candidate with { Latitude = place?.Latitude, Longitude = place?.Longitude };

    public static VacancySearchRequest Find(string? text = null) => VacancySearchRequest.All(Today) with { Text = text };

    public static CandidateSearchRequest FindCandidates(string? text = null) =>
        new(text, [], [], [], [], [], null, null, false, 1, 20);

    public static MatchRetrieval Retrieval(IReadOnlyList<string>? occupations = null, IReadOnlyList<string>? skills = null,
        IReadOnlyList<string>? iscoGroups = null) =>
        new(occupations ?? [], iscoGroups ?? [], skills ?? [], false, null, null, Today, 50);
}
