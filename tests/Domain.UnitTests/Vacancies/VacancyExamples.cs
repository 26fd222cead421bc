using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Domain.UnitTests.Vacancies;

internal static class VacancyExamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly UserId Owner = UserId.New();

    public static Employer Employer(bool recognisedSponsor = false)
    {
        var employer = Domain.Employers.Employer.Register("Bouw Leiden", KvkNumber.Create("12345678"), false, Owner, Now);
        if (recognisedSponsor)
        {
            employer.UpdateDetails(Owner, new EmployerDetails("Bouw Leiden", [Sector.Construction], [], true,
                Today.AddDays(-10), false, false), Today);
        }

        return employer;
    }

    /// <summary>A welder in Leiden, complete enough to publish.</summary>
    public static VacancyDetails Welder() => new(
        "Lasser", "<p>Wij zoeken een lasser.</p>", Sector.Construction,
        OccupationUri.FromId("7aedaa07-3884-4c5b-88f9-80997b2aa54b"),
        [new RequiredSkill(SkillUri.FromId("00000000-0000-4000-8000-0000000000a1"), SkillRelation.Essential)],
        [new LanguageSkill(LanguageCode.Dutch, CefrLevel.B1)], EducationLevel.Mbo2, false, false,
        [CertificateCode.Create("VCA-BASIS")], HoursRange.Create(32, 40), ContractType.Permanent,
        SalaryRange.Create(2800, 3400), new VacancyLocation("Leiden", new GeoPoint(52.158, 4.493)), WorkMode.OnSite,
        false, false, false, Today.AddDays(30), Today.AddDays(14));

    public static VacancyDetails DraftOnlyTitle() => new("Lasser", string.Empty, null, null, [], [], null, false, false,
        [], null, null, null, null, null, false, false, false, null, null);

    public static Vacancy Published(Employer employer)
    {
        var vacancy = Vacancy.Draft(employer, Welder(), Owner, Now);
        vacancy.Publish(employer, Owner, Now, Today);
        return vacancy;
    }
}
