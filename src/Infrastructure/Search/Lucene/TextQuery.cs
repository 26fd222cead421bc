using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TalentMatch.Application.Search;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// Free text as a query built word by word (<see cref="SearchWords"/>): each word is analysed with every field's own
/// analyser and matches in any of those fields; of the required words the minimum must match (BM25 sums the scores),
/// optional words only add to them. The analysed terms are kept for highlighting.
/// </summary>
internal sealed class TextQuery
{
    private TextQuery(Query? query, IReadOnlyDictionary<string, IReadOnlyList<string>> termsByField)
    {
        Query = query;
        TermsByField = termsByField;
    }

    /// <summary>Null when the text has no searchable word at all (blank, only punctuation or function words).</summary>
    public Query? Query { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> TermsByField { get; }

    public static TextQuery Build(Analyzer analyzer, SearchWords words, IReadOnlyList<WeightedField> fields)
    {
        var termsByField = fields.ToDictionary(f => f.Name, _ => new List<string>(), StringComparer.Ordinal);
        BooleanQuery? Words(IReadOnlyList<string> list, int minimum)
        {
            var group = new BooleanQuery { MinimumNumberShouldMatch = minimum };
            foreach (var word in list)
            {
                group.Add(Word(analyzer, word, fields, termsByField), Occur.SHOULD);
            }

            return group.Clauses.Count > 0 ? group : null;
        }

        var required = Words(words.Required, words.MinimumRequired);
        var optional = Words(words.Optional, 0);
        Query? query = (required, optional) switch
        {
            (null, null) => null,
            ({ } r, null) => r,
            (null, { } o) => o,
            ({ } r, { } o) => new BooleanQuery { { r, Occur.MUST }, { o, Occur.SHOULD } },
        };
        return new TextQuery(query, termsByField.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value,
            StringComparer.Ordinal));
    }

    public IReadOnlyList<string> TermsOf(string field) =>
        TermsByField.TryGetValue(field, out var terms) ? terms : [];

    /// <summary>One word in any field: its terms there (a word can give none in a field whose analyser drops it).</summary>
    private static BooleanQuery Word(Analyzer analyzer, string word, IReadOnlyList<WeightedField> fields,
        Dictionary<string, List<string>> termsByField)
    {
        var anyField = new BooleanQuery();
        foreach (var field in fields)
        {
            foreach (var term in TextAnalysis.Terms(analyzer, field.Name, word))
            {
                anyField.Add(new TermQuery(new Term(field.Name, term)) { Boost = field.Boost }, Occur.SHOULD);
                if (!termsByField[field.Name].Contains(term, StringComparer.Ordinal))
                {
                    termsByField[field.Name].Add(term);
                }
            }
        }

        return anyField;
    }
}
