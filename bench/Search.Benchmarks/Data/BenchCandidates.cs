using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Infrastructure.Demo;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// Candidate documents drawn as <c>DemoCandidateGenerator</c> draws them (sector weights, one or two desired ESCO
/// occupations and their skills, origin, permit, languages, certificates, region), without the names it makes with
/// Bogus (1.5 ms a candidate, and the index holds none), flattened as <c>SearchDocumentFactory</c> does. Every
/// generated candidate is indexed as visible: the 200,000 are the visible ones.
/// </summary>
internal sealed class BenchCandidates(ITaxonomy taxonomy, BenchPlaces places)
{
    private const int Kind = 21;
    private const int MaxSkills = 100;
    private readonly ConceptLabelCache _labels = new(taxonomy);
    private readonly DemoOccupations _occupations = new(taxonomy);
    private readonly Welders _welders = new(taxonomy);

    public IEnumerable<CandidateDocument> Generate(int count) =>
        Enumerable.Range(1, count).Select(i => One(i, new DemoRandom(BenchScale.Seed, Kind, i), BenchIds.For(Kind, i)));

    private CandidateDocument One(int index, DemoRandom demo, Random random)
    {
        var origin = demo.PickWeighted(DemoNationality.All, n => n.Weight);
        var sector = demo.PickWeighted(Sector.All, DemoOccupations.Weight);
        var desired = _welders.Maybe(sector.Code, random) is { } welder
            ? [welder]
            : demo.Sample(_occupations.In(sector), demo.Next(1, 3));
        var skills = desired.SelectMany(o => demo.Sample(_occupations.Skills(o, SkillRelation.Essential), demo.Next(2, 10))
                .Concat(demo.Sample(_occupations.Skills(o, SkillRelation.Optional), demo.Next(0, 4))))
            .Distinct().Take(MaxSkills).ToList();
        var education = DemoOccupations.TypicalEducation(desired[0], demo);
        var authorisation = DemoPopulation.WorkAuthorisationOf(origin, demo);
        var student = authorisation == WorkAuthorisation.StudentWithHoursLimit;
        var place = places.Pick(demo.Pick(DemoWords.RegionPlaces), random);
        var updated = BenchScale.Now.AddDays(-(index % 300)).AddMinutes(-random.Next(0, 600));
        return new CandidateDocument(
            BenchIds.Next(random), updated.ToUnixTimeMilliseconds(),
            [.. desired.Select(o => o.Sector?.Code ?? sector.Code).Distinct()],
            [.. desired.Select(o => o.Uri.Value)],
            [.. desired.Select(o => o.IscoCode.Value).Distinct()],
            [.. desired.SelectMany(_labels.Occupation).Distinct()],
            [.. skills.Select(s => s.Value)], _labels.Skills(skills),
            [.. DemoPopulation.LanguagesOf(origin, demo).Select(LanguageRequirement.Format)],
            [.. DemoPopulation.CertificatesFor(sector, demo).Select(c => c.Value)],
            education.ToString(), authorisation == WorkAuthorisation.NeedsSponsorHighlySkilledMigrant,
            student ? WorkAuthorisations.StudentMaxHoursPerWeek : demo.Pick([32, 36, 40]),
            BenchScale.Today.AddDays(demo.Next(0, 120)), place.Name, place.Location.Latitude, place.Location.Longitude,
            demo.Pick([10, 15, 25, 40]), demo.Chance(0.25), updated);
    }
}
