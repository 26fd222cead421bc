using Mediator;

namespace TalentMatch.Application.Candidates.UpdateMyProfile;

/// <summary>
/// Replaces the signed-in candidate's whole profile. Occupations and skills are ESCO URIs, certificates their codes,
/// choices enum names (empty for "not given"); the home place is a town name the place list knows.
/// </summary>
public sealed record UpdateMyProfileCommand(
    IReadOnlyList<string> DesiredOccupations,
    IReadOnlyList<string> Skills,
    IReadOnlyList<LanguageSkillInput> Languages,
    string? EducationLevel,
    string? RecognitionStatus,
    string? RecognitionBody,
    string? BigRegistration,
    IReadOnlyList<string> Certificates,
    string? WorkAuthorisation,
    DateOnly? AvailableFrom,
    int? HoursPerWeekMin,
    int? HoursPerWeekMax,
    string? HomePlace,
    int? MaxCommuteKm,
    bool WillingToRelocate,
    string? HousingNeed,
    bool VisibleToEmployers,
    bool ConsentToStatistics,
    string? Group = null) : ICommand;
