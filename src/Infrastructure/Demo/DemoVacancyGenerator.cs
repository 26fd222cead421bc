using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

public sealed class DemoVacancyGenerator(DemoOccupations occupations)
{
    private const int Kind = 2;

    public IEnumerable<DemoVacancy> Generate(int count, IReadOnlyList<DemoEmployer> employers, int seed) =>
        Enumerable.Range(1, count).Select(i => One(i, employers, new DemoRandom(seed, Kind, i)));

    private DemoVacancy One(int index, IReadOnlyList<DemoEmployer> employers, DemoRandom random)
    {
        var employer = employers[random.Next(0, employers.Count)];
        var occupation = random.Pick(occupations.ForDemo(employer.Sector, random));
        var dutch = random.Chance(0.6);
        var language = dutch ? TaxonomyLanguage.Dutch : TaxonomyLanguage.English;
        var title = occupation.Labels.PreferredIn(language);
        var (salaryMin, salaryMax) = DemoOccupations.TypicalSalary(occupation);
        var hoursMax = random.Pick([32, 36, 38, 40]);
        var place = random.Chance(0.8) ? employer.PlaceName : random.Pick(DemoWords.RegionPlaces);
        return new DemoVacancy(index, employer.Index, occupation.Uri, title,
            DemoTexts.VacancyDescription(title, employer, place, hoursMax, dutch), dutch ? "nl" : "en",
            random.Sample(occupations.Skills(occupation, SkillRelation.Essential), random.Next(3, 9)),
            random.Sample(occupations.Skills(occupation, SkillRelation.Optional), random.Next(0, 5)),
            LanguagesFor(employer.Sector, random), DemoOccupations.TypicalEducation(occupation, random),
            CertificatesFor(employer.Sector, occupation, random), random.Pick([16, 24, 32]), hoursMax,
            salaryMin + (random.Next(0, 5) * 100), salaryMax + (random.Next(0, 5) * 100), place,
            SponsorsVisa: employer.RecognisedSponsor && random.Chance(0.6),
            HousingSupport: employer.OffersHousing && random.Chance(0.7),
            PostedDaysAgo: random.Next(0, 90), ClosesInDays: random.Next(14, 90));
    }

    private static IReadOnlyList<LanguageSkill> LanguagesFor(Sector sector, DemoRandom random) => sector.Code switch
    {
        "education" or "healthcare" => [new(LanguageCode.Dutch, random.Pick([CefrLevel.B1, CefrLevel.B2, CefrLevel.C1]))],
        "construction" => random.Chance(0.5)
            ? [new(LanguageCode.Dutch, random.Pick([CefrLevel.A2, CefrLevel.B1]))]
            : [new(LanguageCode.English, CefrLevel.B1)],
        _ => random.Chance(0.5)
            ? [new(LanguageCode.English, CefrLevel.B2)]
            : [new(LanguageCode.Dutch, CefrLevel.B1), new(LanguageCode.English, CefrLevel.B1)],
    };

    private static IReadOnlyList<CertificateCode> CertificatesFor(Sector sector, Application.Taxonomy.EscoOccupation occupation,
        DemoRandom random) => sector.Code switch
    {
        "construction" => random.Chance(0.7) ? [CertificateCode.Create("VCA-BASIS")] : [],
        "energy_transition" => random.Chance(0.5) ? [CertificateCode.Create("NEN3140"), CertificateCode.Create("VCA-BASIS")]
            : random.Chance(0.4) ? [CertificateCode.Create("F-GASSEN")] : [],
        "healthcare" => occupation.IscoCode.Value.StartsWith("22", StringComparison.Ordinal)
            ? [CertificateCode.Create("BIG"), CertificateCode.Create("VOG")] : [CertificateCode.Create("VOG")],
        _ => [CertificateCode.Create("VOG")],
    };
}
