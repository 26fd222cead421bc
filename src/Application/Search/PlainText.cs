using System.Net;
using System.Text.RegularExpressions;

namespace TalentMatch.Application.Search;

/// <summary>The words of sanitised HTML, for indexing: tags dropped (block tags become spaces), entities decoded.</summary>
public static partial class PlainText
{
    public static string FromHtml(string html)
    {
        var withoutTags = Tags().Replace(html, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
