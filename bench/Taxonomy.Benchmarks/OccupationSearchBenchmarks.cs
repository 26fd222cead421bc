using BenchmarkDotNet.Attributes;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Taxonomy.Benchmarks;

/// <summary>One occupation search (3,007 occupations, ~100k labels in five languages), top 10. Not sealed: BenchmarkDotNet derives from it.</summary>
[MemoryDiagnoser]
public class OccupationSearchBenchmarks
{
    private ITaxonomy _taxonomy = null!;

    [Params("welder", "lasser", "weldr", "verpleegkundge", "engineer solar", "technicien de maintenance", "te")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _taxonomy = ShippedTaxonomy.Load();

    [Benchmark]
    public int SearchOccupations() => _taxonomy.SearchOccupations(Query, TaxonomyLanguage.Dutch, 10).Count;
}
