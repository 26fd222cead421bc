using TalentMatch.Application.Candidates.UpdateMyProfile;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// The whole profile, as <c>GET /api/v1/me/profile</c> shows it but with URIs and codes for the lists. A field left
/// out is empty afterwards (PUT replaces everything); choices are enum names, e.g. <c>"educationLevel": "Mbo4"</c>.
/// </summary>
public sealed record UpdateProfileRequest(
    IReadOnlyList<string>? DesiredOccupations,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<LanguageSkillInput>? Languages,
    string? EducationLevel,
    string? RecognitionStatus,
    string? RecognitionBody,
    string? BigRegistration,
    IReadOnlyList<string>? Certificates,
    string? WorkAuthorisation,
    DateOnly? AvailableFrom,
    int? HoursPerWeekMin,
    int? HoursPerWeekMax,
    string? HomePlace,
    int? MaxCommuteKm,
    bool? WillingToRelocate,
    string? HousingNeed,
    bool? VisibleToEmployers,
    bool? ConsentToStatistics,
    string? Group)
{
    public UpdateMyProfileCommand ToCommand() => new(
        DesiredOccupations ?? [], Skills ?? [], Languages ?? [], EducationLevel, RecognitionStatus, RecognitionBody,
        BigRegistration, Certificates ?? [], WorkAuthorisation, AvailableFrom, HoursPerWeekMin, HoursPerWeekMax, HomePlace,
        MaxCommuteKm, WillingToRelocate ?? false, HousingNeed, VisibleToEmployers ?? false, ConsentToStatistics ?? false,
        Group);
}
