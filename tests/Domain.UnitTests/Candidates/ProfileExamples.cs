using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Domain.UnitTests.Candidates;

internal static class ProfileExamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static readonly OccupationUri Welder = OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b");

    public static readonly Place Leiden = new("Leiden", "0546", new GeoPoint(52.15833, 4.49306));

    public static Candidate NewCandidate() => Candidate.Register(UserId.New(), "Ana", Now);

    public static OccupationUri Occupation(int i) => OccupationUri.FromId($"00000000-0000-4000-8000-{i:D12}");

    public static SkillUri Skill(int i) => SkillUri.FromId($"00000000-0000-4000-9000-{i:D12}");

    public static LanguageSkill Language(string code, CefrLevel level) => new(LanguageCode.Create(code), level);

    /// <summary>A profile with only what is required: one occupation.</summary>
    public static ProfileDetails Minimal() => new(
        [Welder], [], [], null, DiplomaRecognition.None, BigRegistrationStatus.NotApplicable, [], null, null, null, null,
        WillingToRelocate: false, HousingNeed.None, VisibleToEmployers: false, ConsentsToStatistics: false);

    public static ProfileDetails Full() => Minimal() with
    {
        Skills = [Skill(1), Skill(2)],
        Languages = [Language("nl", CefrLevel.B1), Language("en", CefrLevel.C1)],
        EducationLevel = EducationLevel.Mbo3,
        WorkAuthorisation = WorkAuthorisation.RefugeeStatusHolder,
        HoursPerWeek = WeeklyHours.Create(24, 36),
        Home = HomeLocation.Create(Leiden, 25),
    };

    public static CvDocument Cv(string key = "0123456789abcdef0123456789abcdef") =>
        CvDocument.Create(key, "cv.pdf", CvFileType.Pdf, 1000, Now);
}
