using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.Candidates;

/// <summary>Everything a candidate states in their profile, replaced as a whole by <see cref="Candidate.UpdateProfile"/>.</summary>
/// <param name="Group">Only for anonymous statistics; null when the candidate did not say.</param>
public sealed record ProfileDetails(
    IReadOnlyCollection<OccupationUri> DesiredOccupations,
    IReadOnlyCollection<SkillUri> Skills,
    IReadOnlyCollection<LanguageSkill> Languages,
    EducationLevel? EducationLevel,
    DiplomaRecognition Recognition,
    BigRegistrationStatus BigRegistration,
    IReadOnlyCollection<CertificateCode> Certificates,
    WorkAuthorisation? WorkAuthorisation,
    DateOnly? AvailableFrom,
    WeeklyHours? HoursPerWeek,
    HomeLocation? Home,
    bool WillingToRelocate,
    HousingNeed HousingNeed,
    bool VisibleToEmployers,
    bool ConsentsToStatistics,
    CandidateGroup? Group = null);
