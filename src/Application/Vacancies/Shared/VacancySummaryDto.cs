namespace TalentMatch.Application.Vacancies.Shared;

/// <summary>A vacancy in a list.</summary>
public sealed record VacancySummaryDto(
    Guid Id, string Title, string EmployerName, string Status, string? Sector, string? Occupation, string? Place,
    string? ContractType, string? WorkMode, int? HoursMin, int? HoursMax, int? SalaryFrom, int? SalaryTo,
    bool VisaSponsorship, bool RelocationSupport, bool HousingSupport, DateOnly? ClosingDate,
    DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);
