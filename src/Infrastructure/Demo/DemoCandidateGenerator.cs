using TalentMatch.Application.Taxonomy;
using Bogus;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Infrastructure.Demo;

public sealed class DemoCandidateGenerator(DemoOccupations occupations)
{
    private const int Kind = 3;
    private const int ApplicantKind = 5;

    public IEnumerable<DemoCandidate> Generate(int count, int seed) =>
        Enumerable.Range(1, count).Select(i => One(i, new DemoRandom(seed, Kind, i), wanted: null));

    /// <summary>
    /// Someone who applied to a past vacancy (<paramref name="index"/> counts from 1 over all of them): wants its
    /// occupation, registered an account "applicant-{index}@...".
    /// </summary>
    public DemoCandidate Applicant(int index, int seed, OccupationUri occupation) =>
        One(index, new DemoRandom(seed, ApplicantKind, index), occupation) with
        {
            Email = $"applicant-{index}@demo.talentmatch.local",
        };

    private DemoCandidate One(int index, DemoRandom random, OccupationUri? wanted)
    {
        var origin = random.PickWeighted(DemoNationality.All, n => n.Weight);
        var name = new Faker(origin.NameLocale) { Random = new Randomizer(random.Seed) }.Name.FullName();
        var wantedOccupation = wanted is { } uri ? occupations.Taxonomy.FindOccupation(uri) : null;
        var sector = wantedOccupation?.Sector ?? random.PickWeighted(Sector.All, DemoOccupations.Weight);
        IReadOnlyList<EscoOccupation> desired = wantedOccupation is not null ? [wantedOccupation]
            : random.Sample(occupations.ForDemo(sector, random), random.Next(1, 3));
        var skills = desired.SelectMany(o => random.Sample(occupations.Skills(o, SkillRelation.Essential), random.Next(2, 10))
                .Concat(random.Sample(occupations.Skills(o, SkillRelation.Optional), random.Next(0, 4))))
            .Distinct().ToList();
        var education = DemoOccupations.TypicalEducation(desired[0], random);
        var authorisation = DemoPopulation.WorkAuthorisationOf(origin, random);
        var student = authorisation == WorkAuthorisation.StudentWithHoursLimit;
        return new DemoCandidate(index, name, $"candidate-{index}@demo.talentmatch.local", origin.Country, origin.Group,
            authorisation, [.. desired.Select(o => o.Uri)], skills, DemoPopulation.LanguagesOf(origin, random), education,
            education.Eqf() >= 4 ? random.PickWeighted(
                [RecognitionStatus.None, RecognitionStatus.InProgress, RecognitionStatus.Recognised], s => s switch
                {
                    RecognitionStatus.None => 5, RecognitionStatus.InProgress => 2, _ => 3,
                }) : RecognitionStatus.None,
            DemoPopulation.BigStatusFor(desired[0], random), DemoPopulation.CertificatesFor(sector, random),
            random.Pick(DemoWords.RegionPlaces), random.Pick([10, 15, 25, 40]), WillingToRelocate: random.Chance(0.25),
            NeedsHousing: random.Chance(origin.Group is CandidateGroup.KnowledgeMigrant or CandidateGroup.EuWorker ? 0.6 : 0.3),
            VisibleToEmployers: random.Chance(0.7), ConsentsToStatistics: random.Chance(0.8),
            HoursMin: student ? 8 : random.Pick([16, 24, 32]), HoursMax: student ? WorkAuthorisations.StudentMaxHoursPerWeek : random.Pick([32, 36, 40]),
            AvailableInDays: random.Next(0, 120));
    }
}
