using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace TalentMatch.Infrastructure.Search.Lucene;

/// <summary>
/// A short HTML-encoded piece of a stored text around the words the query matched, each wrapped in &lt;mark&gt;.
/// Highlights with the analyser of the field that matched, so stemmed matches ("lassers" for "lasser") are marked.
/// </summary>
internal static class SnippetHighlighter
{
    private const int FragmentLength = 160;

    public static string? Best(Analyzer analyzer, string text, string field, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrWhiteSpace(text) || terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
            new QueryScorer(query, field))
        {
            TextFragmenter = new SimpleFragmenter(FragmentLength),
        };
        try
        {
            return highlighter.GetBestFragment(analyzer, field, text);
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }
}
