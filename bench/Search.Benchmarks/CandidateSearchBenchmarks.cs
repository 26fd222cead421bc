using BenchmarkDotNet.Attributes;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Search.Benchmarks.Data;

namespace TalentMatch.Search.Benchmarks;

/// <summary>An employer's candidate searches on 200,000 candidates, page 1 of 20 (no facets for candidates).</summary>
[MemoryDiagnoser]
public class CandidateSearchBenchmarks
{
    private ICandidateIndex _index = null!;
    private CandidateSearchRequest _text = null!;
    private CandidateSearchRequest _all = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bench = SearchBench.Shared;
        _ = bench.FirstCandidate;
        _index = bench.CandidateIndex;
        var expanded = bench.Expansion.Expand("lasser", TaxonomyLanguage.Dutch);
        _all = new CandidateSearchRequest(null, [], [], [], [], [], null, null, false, 1, 20);
        _text = _all with { Text = "lasser", ExpandedOccupationUris = [.. expanded.Select(o => o.Uri.Value)] };
        foreach (var (name, request) in new[] { ("text", _text), ("all", _all) })
        {
            var hits = _index.SearchAsync(request, CancellationToken.None).GetAwaiter().GetResult();
            SearchBench.Report($"candidate search {name}: {hits.Total:N0} found, {hits.Hits.Count} on the page");
        }
    }

    [Benchmark(Description = "candidates: text \"lasser\" + ESCO expansion")]
    public Task<SearchHits> Text() => _index.SearchAsync(_text, CancellationToken.None);

    [Benchmark(Description = "candidates: empty query (newest first)")]
    public Task<SearchHits> All() => _index.SearchAsync(_all, CancellationToken.None);
}
