using BenchmarkDotNet.Attributes;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Search;
using TalentMatch.Search.Benchmarks.Data;

namespace TalentMatch.Search.Benchmarks;

/// <summary>
/// RetrieveAsync as matching calls it (pool of <see cref="MatchRetrievals.Pool"/>): the vacancies worth scoring for
/// the first generated candidate, and the candidates worth scoring for the first generated vacancy.
/// </summary>
[MemoryDiagnoser]
public class MatchRetrievalBenchmarks
{
    private IVacancyIndex _vacancies = null!;
    private ICandidateIndex _candidates = null!;
    private MatchRetrieval _forCandidate = null!;
    private MatchRetrieval _forVacancy = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bench = SearchBench.Shared;
        var candidate = bench.FirstCandidate;
        var vacancy = bench.FirstVacancy;
        _vacancies = bench.VacancyIndex;
        _candidates = bench.CandidateIndex;
        var retrievals = new BenchRetrievals(bench.Taxonomy);
        _forCandidate = retrievals.ForCandidate(candidate);
        _forVacancy = retrievals.ForVacancy(vacancy);
        SearchBench.Report($"retrieval for candidate ({string.Join(", ", candidate.OccupationUris)}): "
            + $"{_forCandidate.OccupationUris.Count} occupations, {_forCandidate.SkillUris.Count} skills, "
            + $"{Retrieved(_vacancies.RetrieveAsync(_forCandidate, CancellationToken.None))} vacancies retrieved");
        SearchBench.Report($"retrieval for vacancy ({vacancy.OccupationUri}): "
            + $"{_forVacancy.OccupationUris.Count} occupations, {_forVacancy.SkillUris.Count} skills, "
            + $"{Retrieved(_candidates.RetrieveAsync(_forVacancy, CancellationToken.None))} candidates retrieved");
    }

    [Benchmark(Description = "retrieve vacancies for a candidate (pool 400)")]
    public Task<IReadOnlyList<Guid>> VacanciesForCandidate() => _vacancies.RetrieveAsync(_forCandidate, CancellationToken.None);

    [Benchmark(Description = "retrieve candidates for a vacancy (pool 400)")]
    public Task<IReadOnlyList<Guid>> CandidatesForVacancy() => _candidates.RetrieveAsync(_forVacancy, CancellationToken.None);

    private static int Retrieved(Task<IReadOnlyList<Guid>> ids) => ids.GetAwaiter().GetResult().Count;
}
