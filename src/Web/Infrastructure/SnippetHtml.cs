using System.Net;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// A search snippet made safe to render: everything is HTML-encoded except the engine's &lt;mark&gt; tags, whatever
/// the engine did or did not encode (decoding first makes this idempotent).
/// </summary>
public static class SnippetHtml
{
    public static string Safe(string snippet) =>
        WebUtility.HtmlEncode(WebUtility.HtmlDecode(snippet))
            .Replace("&lt;mark&gt;", "<mark>", StringComparison.Ordinal)
            .Replace("&lt;/mark&gt;", "</mark>", StringComparison.Ordinal);
}
