using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Snippets: HTML-encoded by Elasticsearch (encoder "html"), so only the &lt;mark&gt; tags it adds are markup. Fields are
/// tried in order; a field listed in <c>withFallback</c> gives its opening words when none of its words matched.
/// </summary>
public static class SearchHighlights
{
    public const string PreTag = "<mark>";
    public const string PostTag = "</mark>";
    public const int FragmentSize = 160;

    public static Highlight Build(IReadOnlyList<string> fields, IReadOnlyCollection<string> withFallback) => new()
    {
        Encoder = HighlighterEncoder.Html,
        PreTags = [PreTag],
        PostTags = [PostTag],
        FragmentSize = FragmentSize,
        NumberOfFragments = 1,
        RequireFieldMatch = false,
        Fields = [.. fields.Select(f => new KeyValuePair<Field, HighlightField>(f, new HighlightField
        {
            NoMatchSize = withFallback.Contains(f) ? FragmentSize : null,
        }))],
    };

    /// <summary>The first fragment with a mark, in field order; else the first fallback fragment; else null.</summary>
    public static string? Snippet(IReadOnlyDictionary<string, IReadOnlyCollection<string>>? highlight, IReadOnlyList<string> fields)
    {
        if (highlight is null || highlight.Count == 0)
        {
            return null;
        }

        var fragments = fields
            .Select(f => highlight.TryGetValue(f, out var values) ? values.FirstOrDefault() : null)
            .Where(f => !string.IsNullOrEmpty(f))
            .ToList();
        return fragments.FirstOrDefault(f => f!.Contains(PreTag, StringComparison.Ordinal)) ?? fragments.FirstOrDefault();
    }
}
