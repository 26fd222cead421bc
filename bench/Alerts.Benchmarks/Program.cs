using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentMatch.Alerts.Benchmarks;
using TalentMatch.Application.Alerts.Matching;
using TalentMatch.Application.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Infrastructure.Search.Lucene;
using TalentMatch.Infrastructure.Search.Lucene.Percolation;
using TalentMatch.Infrastructure.Taxonomy;

// dotnet run -c Release --project bench/Alerts.Benchmarks -- [vacancies] [subscriptions] [--full] [--pass-only]   (see README.md)
// One whole pass, measured with a stopwatch: BenchmarkDotNet's repetitions make no sense for a pass of seconds to
// minutes on a shared 2-core machine. Prints a Markdown table for README.md.
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).ToArray();
var vacancyCount = numbers.Length > 0 ? numbers[0] : 1_000;
var subscriptionCount = numbers.Length > 1 ? numbers[1] : 100_000;
var full = args.Contains("--full");
var passOnly = args.Contains("--pass-only");
var profileShare = 0.3;
var profileCount = (int)(subscriptionCount * profileShare);
var searchCount = subscriptionCount - profileCount;

using var services = new ServiceCollection().AddTaxonomy().AddSingleton<IPlaceDirectory, ShippedPlaceDirectory>().BuildServiceProvider();
var taxonomy = services.GetRequiredService<ITaxonomy>();
var places = services.GetRequiredService<IPlaceDirectory>();
var world = new AlertWorld(taxonomy, places, seed: 20261202);
var documents = new SearchDocumentFactory(taxonomy);
var scorer = new MatchScorer(taxonomy);
var retrievals = new MatchRetrievals(taxonomy);
var requests = new SavedSearchRequests(places, new OccupationExpansion(taxonomy, places));

var clock = Stopwatch.StartNew();
var vacancies = world.Vacancies(vacancyCount);
var docs = vacancies.Select(v => documents.Create(v, "Bench Werkgever")).ToList();
var byId = vacancies.ToDictionary(v => v.Id.Value);
var expansionCache = new Dictionary<(string?, string), VacancySearchRequest>();
var searches = world.SavedSearches(searchCount).Select((s, i) =>
{
    var key = (s.Criteria.Text + "|" + s.Criteria.Near + "|" + s.Criteria.RadiusKm + "|" + string.Join(',', s.Criteria.Sectors), s.Culture);
    if (!expansionCache.TryGetValue(key, out var request))
    {
        expansionCache[key] = request = requests.Create(s.Criteria, s.Culture, DateOnly.MinValue) with { PageSize = vacancyCount };
    }

    return new SavedSearchQuery(Id(i), 1, request);
}).ToList();
var profiles = world.Profiles(profileCount);
var profileAlerts = profiles.Select((c, i) => (Id: Id(searchCount + i), Candidate: c)).ToList();
var generated = clock.Elapsed;

clock.Restart();
using var percolator = new LuceneSavedSearchPercolator();
await percolator.SyncAsync(searches, default);
var index = new ProfileAlertIndex(profileAlerts.Select(a => (a.Id, retrievals.ForCandidate(a.Candidate, DateOnly.MinValue))), []);
var candidateOfAlert = profileAlerts.ToDictionary(a => a.Id, a => a.Candidate);
var stored = clock.Elapsed;

// The pass: what AlertMatcher does in memory for a batch of new vacancies (the database round trips aside). Once on
// other vacancies first, untimed, as a running app has done it before (the JIT's tiers; BenchmarkDotNet warms up too).
var warmup = world.Vacancies(Math.Max(1, vacancyCount / 10));
var warmupDocs = warmup.Select(v => documents.Create(v, "Bench Werkgever")).ToList();
for (var round = 0; round < 3; round++)
{
    await percolator.PercolateAsync(warmupDocs, default);
    ConfirmProfiles([.. warmupDocs.Zip(warmup, (d, v) => (d, scorer.Prepare(v)))], out _);
    await Task.Delay(500); // the JIT compiles the next tier in the background
}

GC.Collect();
clock.Restart();
var percolatedSearches = await percolator.PercolateAsync(docs, default);
var searchTime = clock.Elapsed;
clock.Restart();
var batchFacts = docs.Select(d => (Document: d, Facts: scorer.Prepare(byId[d.Id]))).ToList();
var confirmed = ConfirmProfiles(batchFacts, out var scored);
var profileTime = clock.Elapsed;
var percolated = searchTime + profileTime;

// Out of the timing: the pairs as sets, to compare.
var searchPairs = percolatedSearches.ToHashSet();
var profilePairs = confirmed.Select(p => new PercolatedPair(p.SubscriptionId, docs[p.Vacancy].Id)).ToHashSet();
if (passOnly)
{
    Console.WriteLine($"pass only: saved searches {searchTime.TotalSeconds:0.00} s, profile alerts {profileTime.TotalSeconds:0.00} s; {searchPairs.Count:N0} + {profilePairs.Count:N0} pairs, {scored:N0} scored");
    return 0;
}

// Brute force: every saved search run as the vacancy search over an index of the new vacancies, and every profile
// alert scored against every new vacancy (the retrieval rule, then the scorer), on one core and on both.
var root = Path.Combine(Path.GetTempPath(), "tm-alert-bench-" + Guid.NewGuid().ToString("N"));
using var batch = new LuceneVacancyIndex(Options.Create(new LuceneOptions { RootPath = root }), NullLogger<LuceneVacancyIndex>.Instance);
await batch.UpsertAsync(docs, default);
for (var round = 0; round < 3; round++) // warmed up as the pass was
{
    foreach (var parallel in new[] { false, true })
    {
        await BruteSearches(searches.Take(Math.Max(1, searches.Count / 50)).ToList(), parallel);
        BruteProfiles(profileAlerts.Take(Math.Max(1, profileAlerts.Count / 200)).ToList(), parallel);
    }

    await Task.Delay(500);
}

// Timed one core and both cores: running many searches at once allocates hard and can be slower than one after
// another (GC), so the headline compares with whichever brute force was faster.
var sampled = full ? profileAlerts : profileAlerts.Take(Math.Max(1, profileAlerts.Count / 30)).ToList();
var scale = (double)profileAlerts.Count / sampled.Count;
var brute = new Dictionary<bool, (TimeSpan Searches, TimeSpan Profiles, TimeSpan ProfileSample)>();
List<PercolatedPair> bruteSearchPairs = [], bruteProfilePairs = [];
var modesDisagree = 0;
foreach (var parallel in new[] { false, true })
{
    var (earlierSearches, earlierProfiles) = (bruteSearchPairs, bruteProfilePairs);
    GC.Collect();
    clock.Restart();
    bruteSearchPairs = await BruteSearches(searches, parallel);
    var searchesTook = clock.Elapsed;
    clock.Restart();
    bruteProfilePairs = BruteProfiles(sampled, parallel);
    var sampleTook = clock.Elapsed;
    brute[parallel] = (searchesTook, sampleTook * scale, sampleTook);
    if (parallel && (!earlierSearches.ToHashSet().SetEquals(bruteSearchPairs) || !earlierProfiles.ToHashSet().SetEquals(bruteProfilePairs)))
    {
        modesDisagree++;
    }
}

var bruteSearchTime = Min(brute[false].Searches, brute[true].Searches);
var bruteProfileTime = Min(brute[false].Profiles, brute[true].Profiles);
var bruteSearchSet = bruteSearchPairs.ToHashSet();
var bruteProfileSet = bruteProfilePairs.ToHashSet();
var bruteTime = bruteSearchTime + bruteProfileTime;
Directory.Delete(root, recursive: true);

var sampledIds = sampled.Select(s => s.Id).ToHashSet();
var profileInSample = profilePairs.Where(p => sampledIds.Contains(p.SubscriptionId)).ToHashSet();
var searchMissed = bruteSearchSet.Except(searchPairs).Count();
var searchExtra = searchPairs.Except(bruteSearchSet).Count();
var profileMissed = bruteProfileSet.Except(profileInSample).Count();
var profileExtra = profileInSample.Except(bruteProfileSet).Count();

string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
Console.WriteLine($"{vacancyCount:N0} new vacancies against {subscriptionCount:N0} subscriptions ({searchCount:N0} saved searches, {profileCount:N0} profile alerts); {Environment.ProcessorCount} cores");
Console.WriteLine($"generated in {S(generated)}; stored (percolator sync + profile index) in {S(stored)}");
Console.WriteLine();
Console.WriteLine("| | saved searches | profile alerts | total |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| percolated | {S(searchTime)} | {S(profileTime)} | **{S(percolated)}** |");
foreach (var (parallel, (searchesTook, profilesTook, sampleTook)) in brute)
{
    Console.WriteLine($"| brute force, {(parallel ? "both cores" : "one core")} | {S(searchesTook)} | {S(profilesTook)}{(full ? string.Empty : $" (×{scale:0} of {sampled.Count:N0} alerts: {S(sampleTook)})")} | {S(searchesTook + profilesTook)} |");
}

Console.WriteLine($"| brute force, the faster of each | {S(bruteSearchTime)} | {S(bruteProfileTime)} | **{S(bruteTime)}** |");
Console.WriteLine($"| speed-up | {bruteSearchTime / searchTime:0.0}× | {bruteProfileTime / profileTime:0.0}× | **{bruteTime / percolated:0.0}×** |");
Console.WriteLine();
Console.WriteLine($"pairs found: {searchPairs.Count:N0} saved-search, {profilePairs.Count:N0} profile ({scored:N0} pairs scored after the prefilter, of {(long)profileCount * vacancyCount:N0})");
Console.WriteLine($"against brute force: saved searches {searchMissed} missed, {searchExtra} extra; profile alerts (on the {sampled.Count:N0} checked) {profileMissed} missed, {profileExtra} extra");
if (modesDisagree > 0)
{
    Console.WriteLine("the brute force on one core and on both cores found different pairs");
}

return searchMissed + searchExtra + profileMissed + profileExtra + modesDisagree == 0 ? 0 : 1;

static Guid Id(int i) => new(i, 0, 0, new byte[8]);

static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

// Every saved search run as the vacancy search over an index of the new vacancies.
async Task<List<PercolatedPair>> BruteSearches(List<SavedSearchQuery> all, bool parallel)
{
    var hits = new List<PercolatedPair>[all.Count];
    async ValueTask Run(int i, CancellationToken token) =>
        hits[i] = [.. (await batch.SearchAsync(all[i].Request, token)).Hits.Select(h => new PercolatedPair(all[i].SubscriptionId, h.Id))];
    if (parallel)
    {
        await Parallel.ForAsync(0, all.Count, Run);
    }
    else
    {
        for (var i = 0; i < all.Count; i++)
        {
            await Run(i, default);
        }
    }

    return [.. hits.SelectMany(h => h)];
}

// Every profile alert against every new vacancy: the retrieval rule (a shared occupation, ISCO group or skill, and
// sponsorship), then the same scorer.
List<PercolatedPair> BruteProfiles(List<(Guid Id, Candidate Candidate)> alerts, bool parallel)
{
    var hits = new List<PercolatedPair>[alerts.Count];
    Parallel.For(0, alerts.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel ? -1 : 1 }, i =>
    {
        var (id, candidate) = alerts[i];
        var retrieval = retrievals.ForCandidate(candidate, DateOnly.MinValue);
        var occupations = retrieval.OccupationUris.ToHashSet();
        var groups = retrieval.IscoGroups.ToHashSet();
        var skills = retrieval.SkillUris.ToHashSet();
        var facts = scorer.Prepare(candidate);
        hits[i] = [];
        foreach (var (document, vacancy) in batchFacts)
        {
            var shares = (document.OccupationUri is { } o && occupations.Contains(o))
                || (document.IscoGroup is { } g && groups.Contains(g))
                || document.EssentialSkillUris.Any(skills.Contains) || document.OptionalSkillUris.Any(skills.Contains);
            if (shares && (!retrieval.SponsorshipRequired || document.VisaSponsorship)
                && scorer.ScoreOnly(facts, vacancy, AlertWorld.Today) >= AlertScores.Minimum)
            {
                hits[i].Add(new PercolatedPair(id, document.Id));
            }
        }
    });
    return [.. hits.SelectMany(h => h)];
}

// As AlertMatcher: each profile worked out once a pass, on the first pair that needs it.
IReadOnlyList<(Guid SubscriptionId, int Vacancy)> ConfirmProfiles(List<(VacancyDocument Document, PreparedVacancy Facts)> batch, out long scored)
{
    var count = 0L;
    var prepared = new ConcurrentDictionary<Guid, PreparedCandidate>();
    var result = index.Confirm(batch, scorer, AlertWorld.Today, (alert, _) =>
    {
        Interlocked.Increment(ref count);
        return prepared.GetOrAdd(alert, a => scorer.Prepare(candidateOfAlert[a]));
    });
    scored = count;
    return result;
}
