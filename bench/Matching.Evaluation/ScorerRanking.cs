using TalentMatch.Application.Matching;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Matching.Evaluation;

/// <summary>
/// The product's way: skill cases score every vacancy with <see cref="MatchScorer"/> (brute force, no retrieval);
/// title cases resolve the text to ESCO occupations (all five languages) and list those occupations' vacancies first.
/// </summary>
public sealed class ScorerRanking(ITaxonomy taxonomy, IReadOnlyList<EvaluationVacancy> vacancies)
{
    /// <summary>Occupations the title search keeps, as the search UI would show them.</summary>
    public const int TitleOccupations = 20;

    private readonly MatchScorer _scorer = new(taxonomy);
    private readonly HashSet<OccupationUri> _withVacancy = [.. vacancies.Select(v => v.Occupation.Uri)];

    public IReadOnlyList<(OccupationUri Item, double Score)> Rank(SkillCase skillCase) =>
        [.. vacancies
            .Select(v => (v.Occupation.Uri, Result: _scorer.Score(skillCase.Candidate, v.Vacancy, EvaluationFactory.Today)))
            .Where(r => r.Result is not null)
            .Select(r => (r.Uri, r.Result!.Fit))
            .OrderByDescending(r => r.Item2)];

    /// <summary>Scores fall with the search rank, so each found occupation's vacancy ranks by its place in the search.</summary>
    public IReadOnlyList<(OccupationUri Item, double Score)> Rank(TitleCase titleCase) =>
        [.. taxonomy.SearchOccupations(titleCase.Text, titleCase.Language, TitleOccupations)
            .Select(m => m.Occupation.Uri)
            .Where(_withVacancy.Contains)
            .Select((uri, i) => (uri, (double)(TitleOccupations - i)))];
}
