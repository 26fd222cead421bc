using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Search;
using TalentMatch.Application.UnitTests.Matching;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.UnitTests.Alerts.Matching;

/// <summary>
/// <see cref="ProfileAlertIndex.Confirm"/> (topic index, then the scorer without explaining, on several threads)
/// against the plain way: every alert retrieved for a vacancy, explained by the scorer and kept at the minimum; the same
/// pairs in the same order, and the alerts the caller leaves out are never scored.
/// </summary>
[Collection(MatchingCollection.Name)]
public sealed class ProfileAlertConfirmTests(ShippedTaxonomyFixture fixture)
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Confirm_GeneratedAlerts_FindsWhatScoringEveryRetrievedPairFinds(int seed)
    {
        var taxonomy = fixture.Taxonomy;
        var random = new Random(seed);
        var generated = new GeneratedPairs(taxonomy, random);
        var scorer = new MatchScorer(taxonomy);
        var documents = new SearchDocumentFactory(taxonomy);
        var alerts = Enumerable.Range(0, 300).Select(i => (Id: new Guid(i + 1, 0, 0, new byte[8]), Candidate: generated.Candidate())).ToList();
        var skipped = alerts.Where((_, i) => i % 7 == 0).Select(a => a.Id).ToHashSet(); // e.g. paused
        var profiles = alerts.ToDictionary(a => a.Id, a => scorer.Prepare(a.Candidate));
        var index = new ProfileAlertIndex(alerts.Select(a => (a.Id, new MatchRetrievals(taxonomy).ForCandidate(a.Candidate, DateOnly.MinValue))), []);
        var batch = Enumerable.Range(0, 80).Select(_ => generated.Vacancy())
            .Select(v => (Document: documents.Create(v, "Werkgever"), Facts: scorer.Prepare(v))).ToList();
        var asked = new System.Collections.Concurrent.ConcurrentBag<Guid>();

        var confirmed = index.Confirm(batch, scorer, MatchExamples.Today, (id, _) =>
        {
            asked.Add(id);
            return skipped.Contains(id) ? null : profiles[id];
        });

        var expected = batch.SelectMany((vacancy, v) => index.Percolate(vacancy.Document)
                .Where(id => !skipped.Contains(id)
                    && scorer.Score(profiles[id], vacancy.Facts, MatchExamples.Today) is { Score: >= AlertScores.Minimum })
                .Select(id => (id, v)))
            .ToList();
        confirmed.ShouldBe(expected);
        expected.Count.ShouldBeGreaterThan(100, "the generated alerts should match plenty");
        expected.Count.ShouldBeLessThan(asked.Count, "and the scorer should turn some retrieved pairs down");
        asked.Count.ShouldBe(batch.Sum(v => index.Percolate(v.Document).Count), "each retrieved pair is asked about once");
    }
}
