using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Infrastructure.Taxonomy;
using TalentMatch.Matching.Evaluation;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var taxonomy = new ServiceCollection().AddTaxonomy().BuildServiceProvider().GetRequiredService<ITaxonomy>();
var watch = Stopwatch.StartNew();
var cases = EvaluationCases.Build(taxonomy);
Console.WriteLine($"Vacancies: {cases.Vacancies.Count} ({cases.Vacancies.Count(v => v.IsSectorVacancy)} sector, "
    + $"{cases.Vacancies.Count(v => !v.IsSectorVacancy)} distractors); skill cases: {cases.SkillCases.Count} "
    + $"({cases.SkillCases.Count(c => c.SiblingInUnitGroup)} with a sibling in the unit group); "
    + $"title cases: {cases.TitleCases.Count}; built in {watch.ElapsedMilliseconds} ms");

var scorer = new ScorerRanking(taxonomy, cases.Vacancies);
using var bm25 = new Bm25Baseline(cases.Vacancies);
using var engine = new EnginePipeline(taxonomy, cases.Vacancies);
var table = new EvaluationTable();
var all = cases.Vacancies.Count;

foreach (var share in EvaluationCases.SkillShares)
{
    var group = cases.SkillCases.Where(c => c.Share == share).ToList();
    var label = $"skills {share:P0}";
    table.Add(label, "MatchScorer", group, c => RankingMetrics.PessimisticRank(scorer.Rank(c), c.Target));
    table.Add(label, "BM25 (skill labels)", group,
        c => RankingMetrics.PessimisticRank(bm25.Search(string.Join(' ', c.SkillLabels), all), c.Target));
    table.Add(label, "Lucene retrieval + MatchScorer", group,
        c => RankingMetrics.PessimisticRank(engine.Rank(c), c.Target));
    table.Add(label + ", wanted vacancy set aside", "MatchScorer", group,
        c => RankingMetrics.PessimisticRank(WithoutWanted(scorer.Rank(c), c), c.Target));
    table.Add(label + ", wanted vacancy set aside", "BM25 (skill labels)", group,
        c => RankingMetrics.PessimisticRank(WithoutWanted(bm25.Search(string.Join(' ', c.SkillLabels), all), c), c.Target));
    var noSibling = group.Where(c => !c.SiblingInUnitGroup).ToList();
    table.Add(label + ", no sibling", "MatchScorer", noSibling,
        c => RankingMetrics.PessimisticRank(scorer.Rank(c), c.Target));
    table.Add(label + ", no sibling", "BM25 (skill labels)", noSibling,
        c => RankingMetrics.PessimisticRank(bm25.Search(string.Join(' ', c.SkillLabels), all), c.Target));
}

foreach (var language in EvaluationCases.TitleLanguages)
{
    var group = cases.TitleCases.Where(c => c.Language == language).ToList();
    var label = $"title {language.Code}";
    table.Add(label, "Taxonomy expansion", group, c => RankingMetrics.PessimisticRank(scorer.Rank(c), c.Target));
    table.Add(label, "BM25 (title text)", group,
        c => RankingMetrics.PessimisticRank(bm25.Search(c.Text, all), c.Target));
    table.Add(label, "Lucene vacancy search", group, c => RankingMetrics.PessimisticRank(engine.Rank(c), c.Target));
}

table.Write(Console.Out);

// The vacancy of the occupation the candidate asked for ranks first by design; set aside, the rank shows whether the
// skills alone find the other occupation.
static IReadOnlyList<(TalentMatch.Domain.Taxonomy.OccupationUri Item, double Score)> WithoutWanted(
    IReadOnlyList<(TalentMatch.Domain.Taxonomy.OccupationUri Item, double Score)> ranked, SkillCase skillCase) =>
    [.. ranked.Where(r => !skillCase.Candidate.DesiredOccupations.Contains(r.Item))];
