using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Places;
using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Places;
using TalentMatch.Infrastructure.Search.Lucene;
using TalentMatch.Infrastructure.Taxonomy;

namespace TalentMatch.Search.Benchmarks.Data;

/// <summary>
/// The engine as the app wires it (AddLuceneSearch on a temporary folder, the shipped taxonomy and places), with each
/// index generated and rebuilt once per process, on first use, and shared by every benchmark class (the toolchain
/// runs in process). The folder is deleted when the process exits.
/// </summary>
internal sealed class SearchBench : IDisposable
{
    private static readonly Lazy<SearchBench> Instance = new(() => new SearchBench());
    private static readonly HashSet<string> Reported = new(StringComparer.Ordinal);

    private readonly ServiceProvider _services;
    private readonly Lazy<(VacancyDocument First, RebuildMeasurement Measurement)> _vacancies;
    private readonly Lazy<(CandidateDocument First, RebuildMeasurement Measurement)> _candidates;

    private SearchBench()
    {
        Root = Path.Combine(Path.GetTempPath(), "talentmatch-search-bench", Guid.NewGuid().ToString("N"));
        _services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddTaxonomy()
            .AddSingleton<IPlaceDirectory, ShippedPlaceDirectory>()
            .AddLuceneSearch(Root)
            .BuildServiceProvider();
        Taxonomy = _services.GetRequiredService<ITaxonomy>();
        Places = new BenchPlaces(_services.GetRequiredService<IPlaceDirectory>());
        Expansion = new OccupationExpansion(Taxonomy, new TalentMatch.Infrastructure.Places.ShippedPlaceDirectory());
        _vacancies = new(() => Build(VacancyIndex, new BenchVacancies(Taxonomy, Places).Generate(BenchScale.Vacancies),
            "vacancies"));
        _candidates = new(() => Build(CandidateIndex, new BenchCandidates(Taxonomy, Places).Generate(BenchScale.Candidates),
            "candidates"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static SearchBench Shared => Instance.Value;

    public string Root { get; }

    public ITaxonomy Taxonomy { get; }

    public BenchPlaces Places { get; }

    public OccupationExpansion Expansion { get; }

    public IVacancyIndex VacancyIndex => _services.GetRequiredService<IVacancyIndex>();

    public ICandidateIndex CandidateIndex => _services.GetRequiredService<ICandidateIndex>();

    /// <summary>The first generated vacancy; reading it builds the vacancy index if needed.</summary>
    public VacancyDocument FirstVacancy => _vacancies.Value.First;

    /// <summary>The first generated candidate; reading it builds the candidate index if needed.</summary>
    public CandidateDocument FirstCandidate => _candidates.Value.First;

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private (TDocument, RebuildMeasurement) Build<TDocument>(IDocumentIndex<TDocument> index,
        IEnumerable<TDocument> documents, string kind)
    {
        Console.WriteLine($"// Search.Benchmarks: generating and indexing {kind} in {Root} ...");
        var built = IndexBuilder.RebuildAsync(index, documents, kind, Path.Combine(Root, kind), CancellationToken.None)
            .GetAwaiter().GetResult();
        Report(built.Measurement.ToString());
        return built;
    }

    /// <summary>To the console and to BenchmarkDotNet.Artifacts/search-setup.log, for the README; each line once.</summary>
    public static void Report(string line)
    {
        if (!Reported.Add(line))
        {
            return;
        }

        Console.WriteLine($"// Search.Benchmarks: {line}");
        var folder = Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, "search-setup.log"), $"{DateTimeOffset.UtcNow:u} {line}{Environment.NewLine}");
    }
}
