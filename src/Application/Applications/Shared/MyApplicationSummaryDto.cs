namespace TalentMatch.Application.Applications.Shared;

/// <summary>One of the candidate's applications in their list; the stage in humane words.</summary>
public sealed record MyApplicationSummaryDto(
    Guid Id, Guid VacancyId, string VacancyTitle, string EmployerName, string Origin, string Stage, string StageText,
    bool IsOpen, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool PersonalDataDeleted);
