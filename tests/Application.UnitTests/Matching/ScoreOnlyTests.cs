using TalentMatch.Application.Matching;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.UnitTests.Matching;

/// <summary>
/// Alert matching confirms pairs with <see cref="MatchScorer.ScoreOnly"/> and explains only the ones it keeps, so the
/// score without the criteria must be the score with them, on every kind of pair: generated candidates and vacancies
/// of real ESCO occupations that vary every criterion (related occupations, languages, education, procedures,
/// certificates, place and relocation, remote work, each work authorisation, start dates, hours, housing).
/// </summary>
public sealed class ScoreOnlyTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    private static readonly Place[] Places =
    [
        MatchExamples.Leiden, MatchExamples.Groningen, new("Den Haag", "0518", new GeoPoint(52.0705, 4.3007)),
    ];

    private static readonly string[] LanguageCodes = ["nl", "en", "de"];
    private static readonly string[] CertificateCodes = ["VCA-BASIS", "VCA-VOL", "BHV"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ScoreOnly_GeneratedPairs_EqualsTheExplainedScore(int seed)
    {
        var random = new Random(seed);
        var scorer = new MatchScorer(Taxonomy);
        var occupations = Taxonomy.Occupations.Where(o => o.Sector is not null).OrderBy(o => o.Uri.Value, StringComparer.Ordinal).ToList();
        var vacancies = Enumerable.Range(0, 60).Select(_ => scorer.Prepare(MatchExamples.Vacancy(Vacancy(random, occupations)))).ToList();
        var candidates = Enumerable.Range(0, 60).Select(_ => scorer.Prepare(MatchExamples.Candidate(Profile(random, occupations)))).ToList();
        var scores = new HashSet<int>();
        var excluded = 0;

        foreach (var candidate in candidates)
        {
            foreach (var vacancy in vacancies)
            {
                var explained = scorer.Score(candidate, vacancy, MatchExamples.Today);
                var only = scorer.ScoreOnly(candidate, vacancy, MatchExamples.Today);
                only.ShouldBe(explained?.Score);
                explained.ShouldBe(scorer.Score(candidate.Candidate, vacancy.Vacancy, MatchExamples.Today), new SameResult());
                if (explained is null)
                {
                    excluded++;
                }
                else
                {
                    scores.Add(explained.Score);
                }
            }
        }

        excluded.ShouldBeGreaterThan(0, "some pairs should be excluded (sponsor needed, none offered)");
        scores.Count.ShouldBeGreaterThan(30, "the generated pairs should spread over the scale");
        scores.ShouldContain(s => s >= 60);
    }

    private VacancyDetails Vacancy(Random random, List<EscoOccupation> occupations)
    {
        var occupation = Pick(random, occupations);
        var skills = Taxonomy.SkillsOf(occupation.Uri, SkillRelation.Essential).Where(_ => random.Next(3) > 0)
            .Select(s => new RequiredSkill(s.Skill, SkillRelation.Essential))
            .Concat(Taxonomy.SkillsOf(occupation.Uri, SkillRelation.Optional).Where(_ => random.Next(4) == 0)
                .Select(s => new RequiredSkill(s.Skill, SkillRelation.Optional)))
            .ToList();
        var min = 8 * random.Next(1, 5);
        return new VacancyDetails(
            "Vacature", "<p>Werk.</p>", occupation.Sector, random.Next(10) == 0 ? null : occupation.Uri, skills,
            [.. LanguageCodes.Where(_ => random.Next(3) == 0).Select(c => MatchExamples.Speaks(c, (CefrLevel)random.Next(2, 7)))],
            random.Next(3) == 0 ? null : (EducationLevel)random.Next(0, 11), random.Next(4) == 0, random.Next(5) == 0,
            [.. CertificateCodes.Where(_ => random.Next(4) == 0).Select(CertificateCode.Create)],
            random.Next(4) == 0 ? null : HoursRange.Create(min, min + (4 * random.Next(0, 3))), ContractType.Permanent, null,
            random.Next(8) == 0 ? null : VacancyLocation.Of(Pick(random, Places)),
            random.Next(8) == 0 ? WorkMode.Remote : WorkMode.OnSite, random.Next(3) == 0, random.Next(3) == 0,
            random.Next(3) == 0, random.Next(3) == 0 ? null : MatchExamples.Today.AddDays(random.Next(-20, 60)), null);
    }

    private ProfileDetails Profile(Random random, List<EscoOccupation> occupations)
    {
        var wanted = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, occupations)).ToList();
        // Sometimes a neighbour in the ESCO tree or the ISCO group, so that related occupations occur.
        if (random.Next(2) == 0 && Taxonomy.BroaderOf(wanted[0].Uri) is { } broader)
        {
            wanted.Add(broader);
        }

        var skills = wanted.SelectMany(o => Taxonomy.SkillsOf(o.Uri, SkillRelation.Essential)).Where(_ => random.Next(2) == 0)
            .Select(s => s.Skill).Distinct().ToList();
        var authorisation = random.Next(7) is var a && a == 6 ? (WorkAuthorisation?)null : (WorkAuthorisation)a;
        var recognition = random.Next(3) switch
        {
            0 => DiplomaRecognition.None,
            1 => DiplomaRecognition.Create(RecognitionStatus.InProgress, RecognitionBody.IdwNuffic),
            _ => DiplomaRecognition.Create(RecognitionStatus.Recognised, RecognitionBody.Duo),
        };
        var min = 8 * random.Next(1, 5);
        return new ProfileDetails(
            [.. wanted.Select(o => o.Uri).Distinct()], skills,
            [.. LanguageCodes.Where(_ => random.Next(2) == 0).Select(c => MatchExamples.Speaks(c, (CefrLevel)random.Next(1, 7)))],
            random.Next(4) == 0 ? null : (EducationLevel)random.Next(0, 11), recognition, (BigRegistrationStatus)random.Next(0, 4),
            [.. CertificateCodes.Where(_ => random.Next(2) == 0).Select(CertificateCode.Create)], authorisation,
            random.Next(3) == 0 ? null : MatchExamples.Today.AddDays(random.Next(-10, 90)),
            random.Next(4) == 0 ? null : authorisation == WorkAuthorisation.StudentWithHoursLimit ? WeeklyHours.Create(8, 16) : WeeklyHours.Create(min, min + 8),
            random.Next(5) == 0 ? null : HomeLocation.Create(Pick(random, Places), random.Next(5, 80)),
            random.Next(2) == 0, (HousingNeed)random.Next(0, 3), VisibleToEmployers: true, ConsentsToStatistics: false);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Score, fit to the last bit, and every criterion with its arguments.</summary>
    private sealed class SameResult : IEqualityComparer<MatchResult?>
    {
        public bool Equals(MatchResult? x, MatchResult? y) =>
            x is null || y is null
                ? x is null && y is null
                : x.Score == y.Score && x.Fit.Equals(y.Fit) && x.Criteria.Count == y.Criteria.Count
                  && x.Criteria.Zip(y.Criteria).All(p => p.First.Code == p.Second.Code && p.First.Status == p.Second.Status
                      && p.First.Obstacle == p.Second.Obstacle && p.First.Arguments.SequenceEqual(p.Second.Arguments));

        public int GetHashCode(MatchResult? obj) => obj?.Score ?? 0;
    }
}
