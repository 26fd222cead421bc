using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Matching.Evaluation;

/// <summary>
/// The evaluation set, built from the shipped ESCO relations with a fixed seed (the same set on every run): one
/// vacancy per sector occupation, distractor vacancies of other occupations, skill cases and title cases.
/// </summary>
public sealed class EvaluationCases
{
    public const int DefaultSeed = 20261125;
    public const int Distractors = 565;
    public static readonly IReadOnlyList<double> SkillShares = [0.5, 0.3];
    public static readonly IReadOnlyList<TaxonomyLanguage> TitleLanguages =
        [TaxonomyLanguage.Dutch, TaxonomyLanguage.Polish, TaxonomyLanguage.French, TaxonomyLanguage.Spanish];

    private EvaluationCases(IReadOnlyList<EvaluationVacancy> vacancies, IReadOnlyList<SkillCase> skillCases,
        IReadOnlyList<TitleCase> titleCases)
    {
        Vacancies = vacancies;
        SkillCases = skillCases;
        TitleCases = titleCases;
    }

    public IReadOnlyList<EvaluationVacancy> Vacancies { get; }

    public IReadOnlyList<SkillCase> SkillCases { get; }

    public IReadOnlyList<TitleCase> TitleCases { get; }

    public static EvaluationCases Build(ITaxonomy taxonomy, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var ordered = taxonomy.Occupations.OrderBy(o => o.Uri.Value, StringComparer.Ordinal).ToList();
        var factory = new EvaluationFactory(taxonomy, ordered);
        var sectorOccupations = ordered.Where(o => o.Sector is not null).ToList();
        var distractors = ordered.Where(o => o.Sector is null && taxonomy.SkillsOf(o.Uri, SkillRelation.Essential).Count > 0)
            .OrderBy(_ => random.Next()).Take(Distractors);
        List<EvaluationVacancy> vacancies = [.. sectorOccupations.Concat(distractors).Select(factory.Vacancy)];

        List<SkillCase> skillCases = [];
        foreach (var share in SkillShares)
        {
            foreach (var vacancy in vacancies.Where(v => v.IsSectorVacancy))
            {
                if (factory.SkillCase(vacancy, share, random) is { } skillCase)
                {
                    skillCases.Add(skillCase);
                }
            }
        }

        var titleCases = sectorOccupations.SelectMany(o => TitleLanguages
            .Select(l => (Language: l, Labels: o.Labels.In(l)))
            .Where(l => l.Labels is not null)
            .Select(l => new TitleCase(o.Uri, l.Language, l.Labels!.Preferred))).ToList();
        return new EvaluationCases(vacancies, skillCases, titleCases);
    }
}
