using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

public sealed class DemoVacancyGenerator(DemoOccupations occupations)
{
    private const int Kind = 2;
    private const int PastKind = 4;

    public IEnumerable<DemoVacancy> Generate(int count, IReadOnlyList<DemoEmployer> employers, int seed) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var random = new DemoRandom(seed, Kind, i);
            return One(i, employers[random.Next(0, employers.Count)], random);
        });

    /// <summary>
    /// Vacancies of the past year that have been filled since: posted 60 to 380 days ago, spread over the sectors by
    /// their weight (not by how many demo employers each has), so every sector has a history.
    /// </summary>
    public IEnumerable<DemoVacancy> GeneratePast(int count, IReadOnlyList<DemoEmployer> employers, int seed) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var random = new DemoRandom(seed, PastKind, i);
            var sector = random.PickWeighted(Sector.All, DemoOccupations.Weight);
            var inSector = employers.Where(e => e.Sector == sector).ToList();
            var employer = inSector.Count > 0 ? random.Pick(inSector) : random.Pick(employers);
            return One(i, employer, random) with { PostedDaysAgo = random.Next(60, 381), ClosesInDays = random.Next(30, 60) };
        });

    private DemoVacancy One(int index, DemoEmployer employer, DemoRandom random)
    {
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
