using BenchmarkDotNet.Attributes;
using TalentMatch.Application.Search;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Search.Benchmarks.Data;

namespace TalentMatch.Search.Benchmarks;

/// <summary>
/// Vacancy searches on 100,000 vacancies, page 1 of 20, every one counting all five facets. Not sealed:
/// BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class VacancySearchBenchmarks
{
    private IVacancyIndex _index = null!;
    private VacancySearchRequest _text = null!;
    private VacancySearchRequest _filtered = null!;
    private VacancySearchRequest _byDistance = null!;
    private VacancySearchRequest _landing = null!;
    private VacancySearchRequest _landingByDistance = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bench = SearchBench.Shared;
        _ = bench.FirstVacancy;
        _index = bench.VacancyIndex;
        var expanded = bench.Expansion.Expand("lasser", TaxonomyLanguage.Dutch);
        var sector = expanded.Select(o => o.Sector?.Code).OfType<string>().FirstOrDefault() ?? "construction";
        _landing = VacancySearchRequest.All(BenchScale.Today);
        _landingByDistance = _landing with { Near = bench.Places.Leiden, Sort = VacancySort.Distance };
        _text = _landing with { Text = "lasser", ExpandedOccupationUris = [.. expanded.Select(o => o.Uri.Value)] };
        _filtered = _text with
        {
            Sectors = [sector], Near = bench.Places.Leiden, RadiusKm = 25, ContractTypes = ["Permanent"], SalaryMin = 3000,
        };
        _byDistance = _text with { Near = bench.Places.Leiden, Sort = VacancySort.Distance };
        SearchBench.Report($"\"lasser\" expands to {string.Join(", ", expanded.Select(o => o.Uri.Value))}; filter sector {sector}");
        foreach (var (name, request) in new[]
        {
            ("text", _text), ("filtered", _filtered), ("by distance", _byDistance), ("landing", _landing),
            ("landing by distance", _landingByDistance),
        })
        {
            var hits = _index.SearchAsync(request, CancellationToken.None).GetAwaiter().GetResult();
            SearchBench.Report($"vacancy search {name}: {hits.Total:N0} found, {hits.Hits.Count} on the page");
        }
    }

    [Benchmark(Description = "text \"lasser\" + ESCO expansion, facets")]
    public Task<SearchHits> Text() => _index.SearchAsync(_text, CancellationToken.None);

    [Benchmark(Description = "text + sector, 25 km of Leiden, contract, salaryMin")]
    public Task<SearchHits> TextFiltered() => _index.SearchAsync(_filtered, CancellationToken.None);

    [Benchmark(Description = "text, sorted by distance from Leiden")]
    public Task<SearchHits> TextByDistance() => _index.SearchAsync(_byDistance, CancellationToken.None);

    [Benchmark(Description = "empty query + facets (landing page)")]
    public Task<SearchHits> Landing() => _index.SearchAsync(_landing, CancellationToken.None);

    [Benchmark(Description = "empty query, sorted by distance from Leiden")]
    public Task<SearchHits> LandingByDistance() => _index.SearchAsync(_landingByDistance, CancellationToken.None);
}
