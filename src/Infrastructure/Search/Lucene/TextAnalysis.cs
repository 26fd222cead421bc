using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// Turns user text into index terms with the field's own analyser. Queries are built from these terms, never parsed:
/// nothing a user types ("AND (", quotes, wildcards) is Lucene syntax, so nothing can make a search throw.
/// </summary>
internal static class TextAnalysis
{
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (value.Length > 0 && !terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
