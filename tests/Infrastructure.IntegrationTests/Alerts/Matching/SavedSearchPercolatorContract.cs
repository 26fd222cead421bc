using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Matching;

/// <summary>
/// What every engine's percolator must do, against a brute-force oracle: every saved search run as a real search of the
/// same engine over an index holding the same new vacancies. The percolator must find exactly those pairs: 0 missed,
/// 0 extra. One subclass per engine.
/// </summary>
public abstract class SavedSearchPercolatorContract
{
    /// <summary>A new percolator of the engine under test, holding no queries.</summary>
    protected abstract ISavedSearchPercolator CreatePercolator();

    /// <summary>A new, empty vacancy index of the same engine: the oracle.</summary>
    protected abstract Task<IVacancyIndex> CreateIndexAsync();

    /// <summary>Vacancies and searches per seed: fewer on a live cluster, where each search is a round trip.</summary>
    protected virtual (int Vacancies, int Searches) Size => (300, 1500);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Percolate_GeneratedVacanciesAndSearches_FindsExactlyWhatEverySearchFinds(int seed)
    {
        var samples = new PercolationSamples(seed);
        var vacancies = samples.Vacancies(Size.Vacancies);
        var searches = samples.Searches(Size.Searches).Select((r, i) => new SavedSearchQuery(Id(i), 1, r)).ToList();

        var expected = await OracleAsync(vacancies, searches);
        var percolator = CreatePercolator();
        await percolator.SyncAsync(searches, default);
        var actual = (await percolator.PercolateAsync(vacancies, default)).ToHashSet();

        expected.Count.ShouldBeGreaterThan(Size.Searches, "the generated searches should find plenty, or the test proves little");
        expected.Count.ShouldBeLessThan(vacancies.Count * searches.Count / 4, "and most pairs should not match");
        var missed = expected.Except(actual).Take(5).ToList();
        var extra = actual.Except(expected).Take(5).ToList();
        missed.ShouldBeEmpty(Describe(missed, searches));
        extra.ShouldBeEmpty(Describe(extra, searches));
        actual.Count.ShouldBe(expected.Count);
    }

    [Fact]
    public async Task Sync_ChangedAndRemovedSearches_PercolatesWithTheNewOnes()
    {
        var samples = new PercolationSamples(7);
        var vacancies = samples.Vacancies(100);
        var welder = vacancies[0] with { Title = "Lasser", Description = "Lassen in Leiden." };
        vacancies[0] = welder;
        var all = VacancySearchRequest.All(DateOnly.MinValue) with { PageSize = 1000 };
        var percolator = CreatePercolator();
        await percolator.SyncAsync([new(Id(1), 1, all with { Text = "lasser" }), new(Id(2), 1, all with { Text = "nurse" })], default);
        (await percolator.PercolateAsync([welder], default)).ShouldBe([new PercolatedPair(Id(1), welder.Id)]);

        await percolator.SyncAsync([new(Id(2), 2, all with { Text = "lassen" })], default);

        (await percolator.PercolateAsync([welder], default)).ShouldBe([new PercolatedPair(Id(2), welder.Id)]);
    }

    private async Task<HashSet<PercolatedPair>> OracleAsync(List<VacancyDocument> vacancies, List<SavedSearchQuery> searches)
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(vacancies, default);
        var pairs = new HashSet<PercolatedPair>();
        foreach (var search in searches)
        {
            var hits = await index.SearchAsync(search.Request, default);
            hits.Total.ShouldBeLessThanOrEqualTo(search.Request.PageSize);
            pairs.UnionWith(hits.Hits.Select(h => new PercolatedPair(search.SubscriptionId, h.Id)));
        }

        return pairs;
    }

    private static Guid Id(int i) => new(i, 0, 0, new byte[8]);

    private static string Describe(List<PercolatedPair> pairs, List<SavedSearchQuery> searches) =>
        string.Join("; ", pairs.Select(p => searches.Single(s => s.SubscriptionId == p.SubscriptionId).Request.ToString()));
}
