namespace TalentMatch.Application.Vacancies.Shared;

/// <summary>
/// A vacancy as an employer writes it (pages and API). A draft needs only a title; publishing needs the rest (see
/// <c>Vacancy.MissingForPublication</c>). Choices are names: <c>Sector</c> a sector code (<c>construction</c>),
/// <c>EducationLevel</c> / <c>ContractType</c> / <c>WorkMode</c> enum names (<c>Mbo2</c>, <c>FixedTerm</c>,
/// <c>OnSite</c>), <c>Place</c> a Dutch place name, <c>Certificates</c> codes from the certificates list.
/// Salaries are gross euros a month; <c>Description</c> is HTML with basic formatting, or plain text.
/// </summary>
public sealed record VacancyFields(
    string? Title,
    string? Description = null,
    string? Sector = null,
    string? OccupationUri = null,
    IReadOnlyList<SkillRequirement>? Skills = null,
    IReadOnlyList<LanguageRequirement>? Languages = null,
    string? EducationLevel = null,
    bool DiplomaRecognitionRequired = false,
    bool BigRegistrationRequired = false,
    IReadOnlyList<string>? Certificates = null,
    int? HoursMin = null,
    int? HoursMax = null,
    string? ContractType = null,
    int? SalaryFrom = null,
    int? SalaryTo = null,
    string? Place = null,
    string? WorkMode = null,
    bool VisaSponsorship = false,
    bool RelocationSupport = false,
    bool HousingSupport = false,
    DateOnly? StartDate = null,
    DateOnly? ClosingDate = null);

/// <summary>An ESCO skill URI; <paramref name="Relation"/> <c>Essential</c> or <c>Optional</c> (nice to have).</summary>
public sealed record SkillRequirement(string? Uri, string? Relation);

/// <summary>An ISO 639-1 language code and the minimum CEFR level (<c>A1</c>…<c>C2</c>).</summary>
public sealed record LanguageRequirement(string? Language, string? Level);
