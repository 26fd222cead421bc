using BenchmarkDotNet.Attributes;

namespace TalentMatch.Taxonomy.Benchmarks;

/// <summary>Loading everything and building both indexes: what the first request after start pays.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark]
    public int LoadEmbedded() => ShippedTaxonomy.Load().Occupations.Count;
}
