using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

public sealed record DemoCandidate(int Index, string DisplayName, string Email, string Nationality,
    CandidateGroup Group, WorkAuthorisation WorkAuthorisation, IReadOnlyList<OccupationUri> DesiredOccupations,
    IReadOnlyList<SkillUri> Skills, IReadOnlyList<LanguageSkill> Languages, EducationLevel Education,
    RecognitionStatus Recognition, BigRegistrationStatus BigRegistration, IReadOnlyList<CertificateCode> Certificates,
    string PlaceName, int MaxCommuteKm, bool WillingToRelocate, bool NeedsHousing, bool VisibleToEmployers,
    bool ConsentsToStatistics, int HoursMin, int HoursMax, int AvailableInDays);
