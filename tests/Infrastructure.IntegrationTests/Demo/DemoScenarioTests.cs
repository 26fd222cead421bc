using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Infrastructure.Demo;
using TalentMatch.Infrastructure.IntegrationTests.Taxonomy;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.Infrastructure.IntegrationTests.Demo;

[Collection(ShippedTaxonomyCollection.Name)]
public sealed class DemoScenarioTests(ShippedTaxonomyFixture fixture)
{
    private const int Seed = 20261125;

    private DemoOccupations Occupations => new(fixture.Taxonomy);

    [Fact]
    public void Generate_WithTheSameSeed_GivesTheSameData_AndAnotherSeedOther()
    {
        var candidates = new DemoCandidateGenerator(Occupations);
        var employers = DemoEmployerGenerator.Generate(10, Seed).ToList();
        var vacancies = new DemoVacancyGenerator(Occupations);

        candidates.Generate(50, Seed).Select(Describe).ShouldBe(candidates.Generate(50, Seed).Select(Describe));
        vacancies.Generate(20, employers, Seed).Select(v => $"{v.Title}|{v.SalaryMin}|{v.PlaceName}")
            .ShouldBe(vacancies.Generate(20, employers, Seed).Select(v => $"{v.Title}|{v.SalaryMin}|{v.PlaceName}"));
        candidates.Generate(50, Seed + 1).Select(Describe).ShouldNotBe(candidates.Generate(50, Seed).Select(Describe));
    }

    [Fact]
    public void Candidates_AreVariedLikeLeidensInternationals()
    {
        var candidates = new DemoCandidateGenerator(Occupations).Generate(500, Seed).ToList();

        // Every group the municipality follows; "Other" is for people who fit none of them.
        candidates.Select(c => c.Group).Distinct().Order()
            .ShouldBe(Enum.GetValues<CandidateGroup>().Where(g => g != CandidateGroup.Other));
        candidates.Select(c => c.Nationality).Distinct().Count().ShouldBeGreaterThanOrEqualTo(12);
        candidates.Select(c => c.Email).Distinct().Count().ShouldBe(500);
        candidates.ShouldContain(c => c.WorkAuthorisation == WorkAuthorisation.NeedsSponsorHighlySkilledMigrant);
        candidates.Where(c => c.WorkAuthorisation == WorkAuthorisation.StudentWithHoursLimit)
            .ShouldAllBe(c => c.HoursMax <= WorkAuthorisations.StudentMaxHoursPerWeek);
        candidates.Select(c => c.Languages.FirstOrDefault(l => l.Language == LanguageCode.Dutch)?.Level)
            .Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        candidates.ShouldAllBe(c => c.DesiredOccupations.Count > 0 && c.Skills.Count > 0 && c.HoursMin <= c.HoursMax);
    }

    [Fact]
    public void Vacancies_UseTheEmployersSectorAndTheirTextLanguage()
    {
        var employers = DemoEmployerGenerator.Generate(40, Seed).ToList();
        var vacancies = new DemoVacancyGenerator(Occupations).Generate(200, employers, Seed).ToList();

        foreach (var vacancy in vacancies)
        {
            var occupation = fixture.Taxonomy.FindOccupation(vacancy.Occupation)!;
            var sector = employers[vacancy.EmployerIndex - 1].Sector;
            if (occupation.IscoCode.Value == "7212")
            {
                sector.ShouldBeOneOf(Domain.Taxonomy.Sector.Construction, Domain.Taxonomy.Sector.EnergyTransition);
            }
            else
            {
                occupation.Sector.ShouldBe(sector);
            }
            vacancy.SalaryMin.ShouldBeLessThan(vacancy.SalaryMax);
            vacancy.EssentialSkills.ShouldNotBeEmpty();
            vacancy.Title.ShouldBe(occupation.Labels.PreferredIn(vacancy.TextLanguage == "nl"
                ? Domain.Taxonomy.TaxonomyLanguage.Dutch : Domain.Taxonomy.TaxonomyLanguage.English));
        }

        vacancies.Count(v => v.TextLanguage == "nl").ShouldBeInRange(90, 150);
        vacancies.Count(v => fixture.Taxonomy.FindOccupation(v.Occupation)!.IscoCode.Value == "7212")
            .ShouldBeGreaterThanOrEqualTo(3, "welding jobs (lasser) for the demo story");
        vacancies.Where(v => v.SponsorsVisa).ShouldAllBe(v => employers[v.EmployerIndex - 1].RecognisedSponsor);
        employers.Select(e => e.KvkNumber).Distinct().Count().ShouldBe(40);
    }

    [Fact]
    public void EveryPlaceAndCertificate_IsOneTheProductKnows()
    {
        var places = new ShippedPlaceDirectory();
        var shipped = ShippedCertificates.All.Select(c => c.Code).ToHashSet();
        var candidates = new DemoCandidateGenerator(Occupations).Generate(300, Seed).ToList();

        DemoWords.RegionPlaces.ShouldAllBe(p => places.Find(p) != null);
        candidates.SelectMany(c => c.Certificates).ShouldAllBe(c => shipped.Contains(c));
    }

    private static string Describe(DemoCandidate c) =>
        $"{c.DisplayName}|{c.Nationality}|{c.WorkAuthorisation}|{string.Join(',', c.DesiredOccupations)}|{c.Skills.Count}";
}
