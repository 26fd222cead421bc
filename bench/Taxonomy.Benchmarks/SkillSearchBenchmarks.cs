using BenchmarkDotNet.Attributes;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Taxonomy.Benchmarks;

/// <summary>One skill search (13,896 skills, labels in en, fr, es), top 10. Not sealed: BenchmarkDotNet derives from it.</summary>
[MemoryDiagnoser]
public class SkillSearchBenchmarks
{
    private ITaxonomy _taxonomy = null!;

    [Params("python", "project management", "gestion de proyectos", "soudure", "manage")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _taxonomy = ShippedTaxonomy.Load();

    [Benchmark]
    public int SearchSkills() => _taxonomy.SearchSkills(Query, TaxonomyLanguage.English, 10).Count;
}
