using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Matching;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Application.Search;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;
using TalentMatch.Infrastructure.Search.Lucene;

namespace TalentMatch.Matching.Evaluation;

/// <summary>
/// The product's own path on the embedded engine: the vacancies indexed in Lucene as the app indexes them
/// (<see cref="SearchDocumentFactory"/>); skill cases retrieve a pool of <see cref="MatchRetrievals.Pool"/> through
/// <see cref="IVacancyIndex.RetrieveAsync"/> and rank it with <see cref="MatchScorer"/>; title cases run the vacancy
/// search with the taxonomy's occupation expansion. Shows what retrieval costs in recall against brute force.
/// </summary>
public sealed class EnginePipeline : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"tm-eval-{Guid.NewGuid():N}");
    private readonly ServiceProvider _services;
    private readonly IVacancyIndex _index;
    private readonly MatchScorer _scorer;
    private readonly MatchRetrievals _retrievals;
    private readonly OccupationExpansion _expansion;
    private readonly Dictionary<Guid, EvaluationVacancy> _byId;

    public EnginePipeline(ITaxonomy taxonomy, IReadOnlyList<EvaluationVacancy> vacancies)
    {
        _services = new ServiceCollection().AddLogging().AddLuceneSearch(_folder).BuildServiceProvider();
        _index = _services.GetRequiredService<IVacancyIndex>();
        (_scorer, _retrievals, _expansion) = (new MatchScorer(taxonomy), new MatchRetrievals(taxonomy), new OccupationExpansion(taxonomy, new TalentMatch.Infrastructure.Places.ShippedPlaceDirectory()));
        _byId = vacancies.ToDictionary(v => v.Vacancy.Id.Value);
        var documents = new SearchDocumentFactory(taxonomy);
        _index.UpsertAsync([.. vacancies.Select(v => documents.Create(v.Vacancy, "Evaluation employer"))], default)
            .GetAwaiter().GetResult();
    }

    public IReadOnlyList<(OccupationUri Item, double Score)> Rank(SkillCase skillCase)
    {
        var retrieval = _retrievals.ForCandidate(skillCase.Candidate, EvaluationFactory.Today);
        var ids = _index.RetrieveAsync(retrieval, default).GetAwaiter().GetResult();
        return [.. ids.Select(id => _byId[id])
            .Select(v => (v.Occupation.Uri, Result: _scorer.Score(skillCase.Candidate, v.Vacancy, EvaluationFactory.Today)))
            .Where(r => r.Result is not null)
            .Select(r => (r.Uri, r.Result!.Fit))
            .OrderByDescending(r => r.Fit)];
    }

    public IReadOnlyList<(OccupationUri Item, double Score)> Rank(TitleCase titleCase)
    {
        var expanded = _expansion.Expand(titleCase.Text, titleCase.Language);
        var request = VacancySearchRequest.All(EvaluationFactory.Today) with
        {
            Text = titleCase.Text, ExpandedOccupationUris = [.. expanded.Select(o => o.Uri.Value)], PageSize = 50,
        };
        var hits = _index.SearchAsync(request, default).GetAwaiter().GetResult().Hits;
        return [.. hits.Select((h, i) => (_byId[h.Id].Occupation.Uri, (double)(hits.Count - i)))];
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
