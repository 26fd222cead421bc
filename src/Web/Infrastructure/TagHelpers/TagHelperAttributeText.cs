using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TalentMatch.Web.Infrastructure.TagHelpers;

/// <summary>The plain text of an attribute written on a tag helper, to move it onto another element unencoded.</summary>
public static class TagHelperAttributeText
{
    public static string Of(TagHelperAttribute attribute) => attribute.Value switch
    {
        null => string.Empty,                       // minimized, e.g. <tm-field ... required />
        string text => text,
        HtmlString html => WebUtility.HtmlDecode(html.Value ?? string.Empty),
        IHtmlContent content => WebUtility.HtmlDecode(Render(content)),
        var value => value.ToString() ?? string.Empty,
    };

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
