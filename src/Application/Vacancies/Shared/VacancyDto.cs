namespace TalentMatch.Application.Vacancies.Shared;

/// <summary>
/// A vacancy in full. Choices are names as in <see cref="VacancyFields"/>; labels are in the request's language.
/// <paramref name="MissingForPublication"/> lists the fields publishing still needs; <paramref name="History"/> and
/// <paramref name="CanManage"/> are for members of the employer (history is null for everyone else).
/// </summary>
public sealed record VacancyDto(
    Guid Id, Guid EmployerId, string EmployerName, string Status, string Title, string Description,
    string? Sector, ConceptDto? Occupation, IReadOnlyList<RequiredSkillDto> Skills,
    IReadOnlyList<LanguageRequirement> Languages, string? EducationLevel, bool DiplomaRecognitionRequired,
    bool BigRegistrationRequired, IReadOnlyList<CertificateRequirementDto> Certificates, int? HoursMin, int? HoursMax,
    string? ContractType, int? SalaryFrom, int? SalaryTo, string? Place, double? Latitude, double? Longitude,
    string? WorkMode, bool VisaSponsorship, bool RelocationSupport, bool HousingSupport, DateOnly? StartDate,
    DateOnly? ClosingDate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt,
    IReadOnlyList<string> MissingForPublication, bool CanManage, IReadOnlyList<HistoryEntryDto>? History);

public sealed record ConceptDto(string Uri, string Label);

public sealed record RequiredSkillDto(string Uri, string Label, string Relation);

public sealed record CertificateRequirementDto(string Code, string Name);

/// <summary><paramref name="From"/> is null for the creation; <paramref name="Changes"/> names edited fields.</summary>
public sealed record HistoryEntryDto(DateTimeOffset At, string By, string Action, string? From, string To,
    IReadOnlyList<string> Changes);
