using System.Net;
using System.Text.RegularExpressions;

namespace TalentMatch.Application.Search;

/// <summary>The words of sanitised HTML, for indexing: block tags become spaces, inline tags vanish ("&lt;b&gt;Las&lt;/b&gt;ser" stays one word), entities decoded.</summary>
public static partial class PlainText
{
    public static string FromHtml(string html)
    {
        var withoutTags = Tags().Replace(BlockTags().Replace(html, " "), string.Empty);
        return Spaces().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    /// <summary>Tags that separate words (paragraphs, line breaks, list items, headings, cells).</summary>
    [GeneratedRegex(@"</?(p|br|li|ul|ol|h[1-6]|div|tr|td|th|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTags();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
