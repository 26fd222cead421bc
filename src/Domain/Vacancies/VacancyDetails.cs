using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.Vacancies;

/// <summary>
/// Everything an employer writes in a vacancy. A draft may leave most of it empty; publishing needs the fields
/// <see cref="Vacancy.MissingForPublication"/> names. <see cref="Description"/> is already sanitised HTML.
/// </summary>
public sealed record VacancyDetails(
    string Title,
    string Description,
    Sector? Sector,
    OccupationUri? Occupation,
    IReadOnlyList<RequiredSkill> Skills,
    IReadOnlyList<LanguageSkill> Languages,
    EducationLevel? EducationLevel,
    bool DiplomaRecognitionRequired,
    bool BigRegistrationRequired,
    IReadOnlyList<CertificateCode> Certificates,
    HoursRange? Hours,
    ContractType? ContractType,
    SalaryRange? Salary,
    VacancyLocation? Location,
    WorkMode? WorkMode,
    bool VisaSponsorship,
    bool RelocationSupport,
    bool HousingSupport,
    DateOnly? StartDate,
    DateOnly? ClosingDate);
