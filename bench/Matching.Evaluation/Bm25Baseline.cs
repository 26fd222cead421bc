using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Matching.Evaluation;

/// <summary>
/// Plain keyword search as the baseline: Lucene BM25 over each vacancy's title, description and English skill labels
/// (StandardAnalyzer), queried with the words of the case as one OR query. No taxonomy, no languages.
/// </summary>
public sealed class Bm25Baseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string KeyField = "occupation";
    private const string TextField = "text";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "tm-bm25-" + Guid.NewGuid().ToString("N"));
    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer = new StandardAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public Bm25Baseline(IEnumerable<EvaluationVacancy> vacancies)
    {
        _directory = FSDirectory.Open(_path);
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var v in vacancies)
            {
                var text = string.Join(" \n", [v.Vacancy.Title, v.Vacancy.Description, .. v.SkillLabels]);
                writer.AddDocument([
                    new StringField(KeyField, v.Occupation.Uri.Value, Field.Store.YES),
                    new TextField(TextField, text, Field.Store.NO),
                ]);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Occupations of the best vacancies for the text, best first, with their BM25 scores.</summary>
    public IReadOnlyList<(OccupationUri Item, double Score)> Search(string text, int limit)
    {
        var query = new BooleanQuery();
        foreach (var term in Terms(text).Distinct(StringComparer.Ordinal).Take(BooleanQuery.MaxClauseCount))
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        return [.. _searcher.Search(query, limit).ScoreDocs
            .Select(d => (OccupationUri.Create(_searcher.Doc(d.Doc).Get(KeyField)), (double)d.Score))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        System.IO.Directory.Delete(_path, recursive: true);
    }

    private IEnumerable<string> Terms(string text)
    {
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        List<string> terms = [];
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
