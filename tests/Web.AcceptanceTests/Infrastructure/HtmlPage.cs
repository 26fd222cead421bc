using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TalentMatch.Web.AcceptanceTests.Infrastructure;

public static class HtmlPage
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The validation message shown for a form field (the span that asp-validation-for renders).</summary>
    public static string? FieldError(this IDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;
}
