using TalentMatch.Application.Matching;

namespace TalentMatch.Application.UnitTests.Matching;

/// <summary>
/// Alert matching confirms pairs with <see cref="MatchScorer.ScoreOnly"/> and explains only the ones it keeps, so the
/// score without the criteria must be the score with them, on every kind of pair (<see cref="GeneratedPairs"/>).
/// </summary>
public sealed class ScoreOnlyTests(ShippedTaxonomyFixture fixture) : MatchingTests(fixture)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ScoreOnly_GeneratedPairs_EqualsTheExplainedScore(int seed)
    {
        var random = new Random(seed);
        var scorer = new MatchScorer(Taxonomy);
        var pairs = new GeneratedPairs(Taxonomy, random);
        var vacancies = Enumerable.Range(0, 60).Select(_ => scorer.Prepare(pairs.Vacancy())).ToList();
        var candidates = Enumerable.Range(0, 60).Select(_ => scorer.Prepare(pairs.Candidate())).ToList();
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
