using BenchmarkDotNet.Attributes;
using TalentMatch.Application.Search;
using TalentMatch.Search.Benchmarks.Data;

namespace TalentMatch.Search.Benchmarks;

/// <summary>
/// One document changed and upserted into the full index: UpsertAsync commits and refreshes the near-real-time
/// searcher before it returns, so this is the latency until the change is searchable.
/// </summary>
[MemoryDiagnoser]
public class UpsertBenchmarks
{
    private IVacancyIndex _vacancies = null!;
    private ICandidateIndex _candidates = null!;
    private VacancyDocument _vacancy = null!;
    private CandidateDocument _candidate = null!;
    private long _version;

    [GlobalSetup]
    public void Setup()
    {
        var bench = SearchBench.Shared;
        _vacancy = bench.FirstVacancy;
        _candidate = bench.FirstCandidate;
        _vacancies = bench.VacancyIndex;
        _candidates = bench.CandidateIndex;
        _version = Math.Max(_vacancy.Version, _candidate.Version);
    }

    [Benchmark(Description = "upsert 1 vacancy (visible on return)")]
    public Task UpsertVacancy() =>
        _vacancies.UpsertAsync([_vacancy with { Version = ++_version }], CancellationToken.None);

    [Benchmark(Description = "upsert 1 candidate (visible on return)")]
    public Task UpsertCandidate() =>
        _candidates.UpsertAsync([_candidate with { Version = ++_version }], CancellationToken.None);
}
