using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Matching;

/// <summary>A welder vacancy in Leiden and candidates for it, with real ESCO concepts (v1.1.1).</summary>
internal static class MatchExamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly Place Leiden = new("Leiden", "0546", new GeoPoint(52.15833, 4.49306));
    public static readonly Place Groningen = new("Groningen", "0014", new GeoPoint(53.2194, 6.5665));

    public static OccupationUri Welder { get; } = OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b");

    /// <summary>Same ISCO unit group (7212) as welder, not narrower or broader.</summary>
    public static OccupationUri Solderer { get; } = OccupationUri.FromId("17b29190-6746-4b81-a1d1-8053a5bbc0e9");

    /// <summary>Narrower than welder in ESCO.</summary>
    public static OccupationUri PipeWelder { get; } = OccupationUri.FromId("2ff73126-7aff-4233-9d9c-d8725e1c6822");

    /// <summary>ISCO 2221, nothing to do with welding.</summary>
    public static OccupationUri GeneralNurse { get; } = OccupationUri.FromId("8d3e8aaa-791b-4c75-a465-f3f827028f50");

    public static IReadOnlyList<SkillUri> EssentialWelderSkills(ITaxonomy taxonomy) =>
        [.. taxonomy.SkillsOf(Welder, SkillRelation.Essential).Take(4).Select(s => s.Skill)];

    public static IReadOnlyList<SkillUri> OptionalWelderSkills(ITaxonomy taxonomy) =>
        [.. taxonomy.SkillsOf(Welder, SkillRelation.Optional).Take(2).Select(s => s.Skill)];

    public static LanguageSkill Speaks(string code, CefrLevel level) => new(LanguageCode.Create(code), level);

    /// <summary>Four essential and two optional welder skills, Dutch B1, MBO 2, VCA, 32–40 hours, on site in Leiden.</summary>
    public static VacancyDetails WelderVacancy(ITaxonomy taxonomy) => new(
        "Lasser", "<p>Wij zoeken een lasser.</p>", Sector.Construction, Welder,
        [
            .. EssentialWelderSkills(taxonomy).Select(s => new RequiredSkill(s, SkillRelation.Essential)),
            .. OptionalWelderSkills(taxonomy).Select(s => new RequiredSkill(s, SkillRelation.Optional)),
        ],
        [Speaks("nl", CefrLevel.B1)], EducationLevel.Mbo2, false, false, [CertificateCode.Create("VCA-BASIS")],
        HoursRange.Create(32, 40), ContractType.Permanent, SalaryRange.Create(2800, 3400), VacancyLocation.Of(Leiden),
        WorkMode.OnSite, false, false, false, Today.AddDays(30), Today.AddDays(14));

    /// <summary>A candidate who fits <see cref="WelderVacancy"/> on every criterion it asks.</summary>
    public static ProfileDetails FittingWelder(ITaxonomy taxonomy) => new(
        [Welder], [.. EssentialWelderSkills(taxonomy), .. OptionalWelderSkills(taxonomy)], [Speaks("nl", CefrLevel.B2)],
        EducationLevel.Mbo3, DiplomaRecognition.None, BigRegistrationStatus.NotApplicable,
        [CertificateCode.Create("VCA-BASIS")], WorkAuthorisation.EuEeaOrSwissCitizen, Today.AddDays(7),
        WeeklyHours.Create(36, 40), HomeLocation.Create(Leiden, 20), WillingToRelocate: false, HousingNeed.None,
        VisibleToEmployers: true, ConsentsToStatistics: false);

    public static Candidate Candidate(ProfileDetails details)
    {
        var candidate = Domain.Candidates.Candidate.Register(UserId.New(), "Ana", Now);
        candidate.UpdateProfile(details, Now);
        return candidate;
    }

    public static Vacancy Vacancy(VacancyDetails details)
    {
        var owner = UserId.New();
        var employer = Employer.Register("Bouw Leiden", KvkNumber.Create("12345678"), false, owner, Now);
        employer.UpdateDetails(owner, new EmployerDetails("Bouw Leiden", [Sector.Construction], [], true,
            Today.AddDays(-10), false, false), Today);
        return Domain.Vacancies.Vacancy.Draft(employer, details, owner, Now);
    }
}
