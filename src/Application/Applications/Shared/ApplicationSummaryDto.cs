namespace TalentMatch.Application.Applications.Shared;

/// <summary>An application in the employer's list; <paramref name="CandidateName"/> is null until contact is shared.</summary>
public sealed record ApplicationSummaryDto(
    Guid Id, Guid VacancyId, string VacancyTitle, Guid CandidateId, string? CandidateName, string Origin, string Stage,
    string StageText, bool IsOpen, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
