using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.RichText;

/// <summary>
/// HtmlSanitizer (Ganss.Xss) with an allow-list of basic formatting: no attributes but a link's href, only
/// http, https and mailto URLs, no styles or classes. Other elements go with their content (a script's text too);
/// div and span (pasted text often comes wrapped in them) stay, without attributes. Links open as plain links with rel="nofollow noopener".
/// </summary>
public sealed partial class RichTextSanitizer : IRichTextSanitizer
{
    private static readonly string[] Tags =
        ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a", "div", "span"];

    private readonly HtmlSanitizer _sanitizer = Create();

    public string Sanitize(string? html)
    {
        var text = (html ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var markup = HasTags().IsMatch(text) ? text : Paragraphs(text);
        return _sanitizer.Sanitize(markup).Trim();
    }

    /// <summary>Plain text: blank lines separate paragraphs, single line breaks stay.</summary>
    private static string Paragraphs(string text) => string.Concat(BlankLines().Split(text.Replace("\r\n", "\n"))
        .Where(p => p.Trim().Length > 0)
        .Select(p => $"<p>{WebUtility.HtmlEncode(p.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener");
            }
        };
        return sanitizer;
    }

    [GeneratedRegex("<[a-zA-Z/!]")]
    private static partial Regex HasTags();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
