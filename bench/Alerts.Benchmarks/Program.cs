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
using TalentMatch.Domain.Vacancies;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Infrastructure.Search.Lucene;
using TalentMatch.Infrastructure.Search.Lucene.Percolation;
using TalentMatch.Infrastructure.Taxonomy;

// dotnet run -c Release --project bench/Alerts.Benchmarks -- [vacancies] [subscriptions] [--full]   (see README.md)
// One whole pass, measured with a stopwatch: BenchmarkDotNet's repetitions make no sense for a pass of seconds to
// minutes on a shared 2-core machine. Prints a Markdown table for README.md.
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).ToArray();
var vacancyCount = numbers.Length > 0 ? numbers[0] : 1_000;
var subscriptionCount = numbers.Length > 1 ? numbers[1] : 100_000;
var full = args.Contains("--full");
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
if (args.Contains("--probe"))
{
    var v = world.Vacancies(1)[0];
    var c = world.Profiles(1)[0];
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < 20000; i++) { scorer.Score(c, v, AlertWorld.Today); }
    Console.WriteLine($"score: {sw.Elapsed.TotalMicroseconds / 20000:0.0} us; skills {v.Skills.Count}/{c.Skills.Count}");
    sw.Restart();
    for (var i = 0; i < 20000; i++) { _ = v.Skills.Select(s => s.Skill).ToHashSet(); }
    Console.WriteLine($"hashset: {sw.Elapsed.TotalMicroseconds / 20000:0.0} us");
    sw.Restart();
    for (var i = 0; i < 20000; i++) { foreach (var s in v.Skills) { _ = taxonomy.OccupationsWith(s.Skill).Count; } }
    Console.WriteLine($"specificity lookups: {sw.Elapsed.TotalMicroseconds / 20000:0.0} us");
    sw.Restart();
    for (var i = 0; i < 20000; i++) { _ = TalentMatch.Application.Matching.Shared.MatchRetrievals.Pool; _ = taxonomy.FindOccupation(v.Occupation!.Value); _ = taxonomy.BroaderOf(v.Occupation!.Value); }
    Console.WriteLine($"occupation lookups: {sw.Elapsed.TotalMicroseconds / 20000:0.0} us");
    return 0;
}
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
var candidateOf = profileAlerts.ToDictionary(a => a.Id, a => scorer.Prepare(a.Candidate));
var stored = clock.Elapsed;

// The pass: what AlertMatcher does in memory for a batch of new vacancies (the database round trips aside).
GC.Collect();
clock.Restart();
var searchPairs = (await percolator.PercolateAsync(docs, default)).ToHashSet();
var searchTime = clock.Elapsed;
clock.Restart();
var vacancyFacts = vacancies.ToDictionary(v => v.Id.Value, scorer.Prepare);
var profilePairs = new HashSet<PercolatedPair>();
var scored = 0L;
var prefilterTime = TimeSpan.Zero;
foreach (var doc in docs)
{
    var started = clock.Elapsed;
    var found = index.Percolate(doc);
    prefilterTime += clock.Elapsed - started;
    foreach (var alert in found)
    {
        scored++;
        if (scorer.Score(candidateOf[alert], vacancyFacts[doc.Id], AlertWorld.Today) is { Score: >= AlertScores.Minimum })
        {
            profilePairs.Add(new PercolatedPair(alert, doc.Id));
        }
    }
}

var profileTime = clock.Elapsed;
if (args.Contains("--probe2"))
{
    var pairs = docs.SelectMany(d => index.Percolate(d).Select(a => (a, d.Id))).Take(20000).ToList();
    for (var round = 0; round < 3; round++)
    {
        var sw = Stopwatch.StartNew();
        foreach (var (a, d) in pairs) { scorer.Score(candidateOf[a], vacancyFacts[d], AlertWorld.Today); }
        Console.WriteLine($"round {round}: {sw.Elapsed.TotalMicroseconds / pairs.Count:0.0} us/pair");
    }
    return 0;
}
var percolated = searchTime + profileTime;

// Brute force: every saved search run as the vacancy search over an index of the new vacancies, and every profile
// alert scored against every new vacancy (the retrieval rule, then the scorer).
var root = Path.Combine(Path.GetTempPath(), "tm-alert-bench-" + Guid.NewGuid().ToString("N"));
using var batch = new LuceneVacancyIndex(Options.Create(new LuceneOptions { RootPath = root }), NullLogger<LuceneVacancyIndex>.Instance);
await batch.UpsertAsync(docs, default);
GC.Collect();
clock.Restart();
var bruteSearchPairs = new HashSet<PercolatedPair>();
foreach (var search in searches)
{
    foreach (var hit in (await batch.SearchAsync(search.Request, default)).Hits)
    {
        bruteSearchPairs.Add(new PercolatedPair(search.SubscriptionId, hit.Id));
    }
}

var bruteSearchTime = clock.Elapsed;
var sampled = full ? profileAlerts : profileAlerts.Take(Math.Max(1, profileAlerts.Count / 30)).ToList();
var bruteProfilePairs = new HashSet<PercolatedPair>();
clock.Restart();
foreach (var (id, candidate) in sampled)
{
    var retrieval = retrievals.ForCandidate(candidate, DateOnly.MinValue);
    var occupations = retrieval.OccupationUris.ToHashSet();
    var groups = retrieval.IscoGroups.ToHashSet();
    var skills = retrieval.SkillUris.ToHashSet();
    foreach (var vacancy in vacancies)
    {
        var shares = (vacancy.Occupation is { } o && occupations.Contains(o.Value))
            || (vacancy.Occupation is { } u && taxonomy.FindOccupation(u) is { } esco && groups.Contains(esco.IscoCode.Value))
            || vacancy.Skills.Any(s => skills.Contains(s.Skill.Value));
        if (shares && (!retrieval.SponsorshipRequired || vacancy.VisaSponsorship)
            && scorer.Score(candidate, vacancy, AlertWorld.Today) is { Score: >= AlertScores.Minimum })
        {
            bruteProfilePairs.Add(new PercolatedPair(id, vacancy.Id.Value));
        }
    }
}

var bruteProfileSample = clock.Elapsed;
var bruteProfileTime = bruteProfileSample * ((double)profileAlerts.Count / sampled.Count);
var bruteTime = bruteSearchTime + bruteProfileTime;
Directory.Delete(root, recursive: true);

var sampledIds = sampled.Select(s => s.Id).ToHashSet();
var profileInSample = profilePairs.Where(p => sampledIds.Contains(p.SubscriptionId)).ToHashSet();
var searchMissed = bruteSearchPairs.Except(searchPairs).Count();
var searchExtra = searchPairs.Except(bruteSearchPairs).Count();
var profileMissed = bruteProfilePairs.Except(profileInSample).Count();
var profileExtra = profileInSample.Except(bruteProfilePairs).Count();

string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
Console.WriteLine($"{vacancyCount:N0} new vacancies against {subscriptionCount:N0} subscriptions ({searchCount:N0} saved searches, {profileCount:N0} profile alerts); {Environment.ProcessorCount} cores");
Console.WriteLine($"generated in {S(generated)}; stored (percolator sync + profile index) in {S(stored)}");
Console.WriteLine();
Console.WriteLine("| | saved searches | profile alerts | total |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| percolated | {S(searchTime)} | {S(profileTime)} | **{S(percolated)}** |");
Console.WriteLine($"| brute force | {S(bruteSearchTime)} | {S(bruteProfileTime)}{(full ? string.Empty : $" (×{profileAlerts.Count / (double)sampled.Count:0} of {sampled.Count:N0} alerts: {S(bruteProfileSample)})")} | **{S(bruteTime)}** |");
Console.WriteLine($"| speed-up | {bruteSearchTime / searchTime:0.0}× | {bruteProfileTime / profileTime:0.0}× | **{bruteTime / percolated:0.0}×** |");
Console.WriteLine();
Console.WriteLine($"pairs found: {searchPairs.Count:N0} saved-search, {profilePairs.Count:N0} profile ({scored:N0} pairs scored after the prefilter, of {(long)profileCount * vacancyCount:N0}; profile prefilter {S(prefilterTime)}, scoring {S(profileTime - prefilterTime)})");
Console.WriteLine($"against brute force: saved searches {searchMissed} missed, {searchExtra} extra; profile alerts (on the {sampled.Count:N0} checked) {profileMissed} missed, {profileExtra} extra");
return searchMissed + searchExtra + profileMissed + profileExtra == 0 ? 0 : 1;

static Guid Id(int i) => new(i, 0, 0, new byte[8]);
