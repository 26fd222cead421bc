using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;

namespace TalentMatch.Application.UnitTests.Alerts.Matching;

/// <summary>
/// The profile-alert topic index against a brute-force oracle: an item is retrieved for an alert exactly when it shares
/// an occupation, ISCO unit group or skill with the alert's retrieval and passes sponsorship, as the engines retrieve.
/// </summary>
public sealed class ProfileAlertIndexTests
{
    private static readonly string[] Occupations = [.. Enumerable.Range(0, 30).Select(i => $"occ:{i}")];
    private static readonly string[] Groups = [.. Enumerable.Range(0, 10).Select(i => $"{7200 + i}")];
    private static readonly string[] Skills = [.. Enumerable.Range(0, 200).Select(i => $"skill:{i}")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Percolate_GeneratedAlertsAndItems_EqualsCheckingEveryAlert(int seed)
    {
        var random = new Random(seed);
        var vacancyAlerts = Enumerable.Range(0, 2000).Select(i => (Id(i), Retrieval(random))).ToList();
        var candidateAlerts = Enumerable.Range(2000, 2000).Select(i => (Id(i), Retrieval(random))).ToList();
        var index = new ProfileAlertIndex(vacancyAlerts, candidateAlerts);
        var found = 0;

        for (var n = 0; n < 200; n++)
        {
            var vacancy = Vacancy(random);
            var expected = vacancyAlerts.Where(a => Shares(a.Item2, [vacancy.OccupationUri!], [vacancy.IscoGroup!],
                    vacancy.EssentialSkillUris.Concat(vacancy.OptionalSkillUris)) && (!a.Item2.SponsorshipRequired || vacancy.VisaSponsorship))
                .Select(a => a.Item1).ToList();
            index.Percolate(vacancy).ShouldBe(expected, ignoreOrder: true);

            var candidate = Candidate(random);
            var wanted = candidateAlerts.Where(a => Shares(a.Item2, candidate.OccupationUris, candidate.IscoGroups, candidate.SkillUris)
                    && (!a.Item2.SponsorshipRequired || !candidate.NeedsSponsor))
                .Select(a => a.Item1).ToList();
            index.Percolate(candidate).ShouldBe(wanted, ignoreOrder: true);
            found += expected.Count + wanted.Count;
        }

        found.ShouldBeGreaterThan(1000, "the generated data should retrieve plenty");
        found.ShouldBeLessThan(200 * 4000 / 2, "and leave most alerts out");
    }

    [Fact]
    public void Percolate_AVacancyWithoutSponsorship_NeverReachesACandidateWhoNeedsOne()
    {
        var retrieval = new MatchRetrieval(["occ:1"], [], [], true, null, null, DateOnly.MinValue, 400);
        var index = new ProfileAlertIndex([(Id(1), retrieval)], []);
        var vacancy = Vacancy(new Random(3)) with { OccupationUri = "occ:1", VisaSponsorship = false };

        index.Percolate(vacancy).ShouldBeEmpty();
        index.Percolate(vacancy with { VisaSponsorship = true }).ShouldBe([Id(1)]);
    }

    private static bool Shares(MatchRetrieval r, IEnumerable<string> occupations, IEnumerable<string> groups, IEnumerable<string> skills) =>
        occupations.Any(r.OccupationUris.Contains) || groups.Any(r.IscoGroups.Contains) || skills.Any(r.SkillUris.Contains);

    private static MatchRetrieval Retrieval(Random random) => new(
        Some(random, Occupations, random.Next(0, 3)), Some(random, Groups, random.Next(0, 2)), Some(random, Skills, random.Next(0, 6)),
        random.Next(4) == 0, null, null, DateOnly.MinValue, 400);

    private static VacancyDocument Vacancy(Random random) => new(
        Guid.NewGuid(), 1, Guid.NewGuid(), "Werkgever", "Lasser", "Lassen.", "nl", "construction", Pick(random, Occupations),
        Pick(random, Groups), Pick(random, Groups)[..3], [], Some(random, Skills, 4), Some(random, Skills, 2), [], [], [], null, null,
        null, null, null, null, null, null, null, random.Next(2) == 0, false, false, DateTimeOffset.UnixEpoch, null);

    private static CandidateDocument Candidate(Random random) => new(
        Guid.NewGuid(), 1, [], Some(random, Occupations, 2), Some(random, Groups, 1), [], Some(random, Skills, 5), [], [], [], null,
        random.Next(3) == 0, null, null, null, null, null, null, false, DateTimeOffset.UnixEpoch);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static List<string> Some(Random random, string[] values, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Pick(random, values)).Distinct()];

    private static Guid Id(int i) => new(i, 0, 0, new byte[8]);
}
