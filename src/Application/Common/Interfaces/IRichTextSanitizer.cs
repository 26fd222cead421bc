namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// Cleans rich text (vacancy descriptions) down to basic formatting: paragraphs, line breaks, bold, italic,
/// underline, lists, small headings, quotes and http(s)/mailto links. Scripts, event handlers, styles and
/// javascript: URLs are removed. Plain text (no tags) becomes paragraphs.
/// </summary>
public interface IRichTextSanitizer
{
    string Sanitize(string? html);
}
