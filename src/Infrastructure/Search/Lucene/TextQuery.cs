using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// Free text as a query built term by term: the text is analysed once per field with that field's analyser and each
/// resulting term becomes an optional clause (BM25 sums them). The terms are kept for highlighting.
/// </summary>
internal sealed class TextQuery
{
    private TextQuery(Query? query, IReadOnlyDictionary<string, IReadOnlyList<string>> termsByField)
    {
        Query = query;
        TermsByField = termsByField;
    }

    /// <summary>Null when the text has no searchable word at all (blank, or only punctuation).</summary>
    public Query? Query { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> TermsByField { get; }

    public static TextQuery Build(Analyzer analyzer, string? text, IReadOnlyList<WeightedField> fields)
    {
        var termsByField = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var query = new BooleanQuery();
        foreach (var field in fields)
        {
            var terms = TextAnalysis.Terms(analyzer, field.Name, text);
            termsByField[field.Name] = terms;
            if (terms.Count == 0)
            {
                continue;
            }

            var fieldQuery = new BooleanQuery { Boost = field.Boost };
            foreach (var term in terms)
            {
                fieldQuery.Add(new TermQuery(new Term(field.Name, term)), Occur.SHOULD);
            }

            query.Add(fieldQuery, Occur.SHOULD);
        }

        return new TextQuery(query.Clauses.Count > 0 ? query : null, termsByField);
    }

    public IReadOnlyList<string> TermsOf(string field) =>
        TermsByField.TryGetValue(field, out var terms) ? terms : [];
}
