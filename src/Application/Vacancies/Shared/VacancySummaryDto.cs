namespace TalentMatch.Application.Vacancies.Shared;

/// <summary>A vacancy in a list; a search adds the distance from its centre and a snippet (HTML with &lt;mark&gt;).</summary>
public sealed record VacancySummaryDto(
    Guid Id, string Title, string EmployerName, string Status, string? Sector, string? Occupation, string? Place,
    string? ContractType, string? WorkMode, int? HoursMin, int? HoursMax, int? SalaryFrom, int? SalaryTo,
    bool VisaSponsorship, bool RelocationSupport, bool HousingSupport, DateOnly? ClosingDate,
    DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, double? DistanceKm = null, string? Snippet = null);
