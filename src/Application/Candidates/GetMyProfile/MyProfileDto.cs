using TalentMatch.Application.Candidates.Shared;

namespace TalentMatch.Application.Candidates.GetMyProfile;

/// <summary>
/// A candidate's own profile. Choices are enum names, as <c>PUT /api/v1/me/profile</c> takes them; ESCO concepts and
/// certificates come with their label or name.
/// </summary>
public sealed record MyProfileDto(
    Guid CandidateId,
    string DisplayName,
    string Email,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<ConceptDto> DesiredOccupations,
    IReadOnlyList<ConceptDto> Skills,
    IReadOnlyList<LanguageSkillDto> Languages,
    string? EducationLevel,
    string RecognitionStatus,
    string RecognitionBody,
    string BigRegistration,
    IReadOnlyList<CertificateDto> Certificates,
    string? WorkAuthorisation,
    DateOnly? AvailableFrom,
    int? HoursPerWeekMin,
    int? HoursPerWeekMax,
    string? HomePlace,
    int? MaxCommuteKm,
    bool WillingToRelocate,
    string HousingNeed,
    bool VisibleToEmployers,
    bool ConsentToStatistics,
    CvDto? Cv,
    CompletenessDto Completeness,
    DateTimeOffset? UpdatedAt,
    string? Group);
