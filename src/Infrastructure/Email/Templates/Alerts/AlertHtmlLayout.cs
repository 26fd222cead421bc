using System.Globalization;
using System.Net;
using System.Text;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.Templates.Alerts;

/// <summary>The HTML part: inline styles as in the account e-mails, a section per alert, every value encoded.</summary>
public static class AlertHtmlLayout
{
    private const string Link = "color:#00528c";

    public static string Render(AlertEmail email, AlertTexts texts, string subject, CultureInfo format)
    {
        var digest = email.Kind != AlertEmailKind.Instant;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1 style=\"font-size:22px;margin:0 0 16px\">{E(subject)}</h1>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:16px;line-height:1.5\">{E(digest ? texts.DigestIntro : texts.InstantIntro)}</p>\n");
        foreach (var section in email.Sections)
        {
            Section(body, section, texts, format, digest);
        }

        var unsubscribe = digest ? texts.UnsubscribeDigest : texts.UnsubscribeInstant;
        return $"""
            <!DOCTYPE html>
            <html lang="{texts.Code}">
            <head><meta charset="utf-8"><title>{E(subject)}</title></head>
            <body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
            <div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;border-radius:6px">
            {body}<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0">
            <p style="font-size:14px;line-height:1.5"><a href="{E(email.ManageLink)}" style="{Link}">{E(texts.ManageAlerts)}</a> · <a href="{E(email.UnsubscribeLink)}" style="{Link}">{E(unsubscribe)}</a></p>
            <p style="font-size:13px;line-height:1.5;color:#555555">{E(texts.Footer)}</p>
            <p style="font-size:14px;color:#555555">{E(texts.Signature)}</p>
            </div>
            </body>
            </html>
            """;
    }

    private static void Section(StringBuilder body, AlertEmailSection section, AlertTexts texts, CultureInfo format, bool digest)
    {
        if (digest)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h2 style=\"font-size:18px;margin:24px 0 8px\">{E(section.AlertName)}</h2>\n");
        }

        body.Append("<ul style=\"padding-left:20px;margin:0\">\n");
        foreach (var item in section.Items)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li style=\"margin:0 0 16px\"><p style=\"margin:0;font-size:16px\"><a href=\"{E(item.Link)}\" style=\"{Link};font-weight:bold\">{E(AlertEmailRenderer.TitleOf(item, texts))}</a></p>\n");
            if (AlertEmailRenderer.Details(item, texts, format) is { Count: > 0 } details)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:4px 0 0;font-size:14px;color:#333333\">{E(string.Join(" · ", details))}</p>\n");
            }

            if (!string.IsNullOrWhiteSpace(item.Summary))
            {
                body.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:4px 0 0;font-size:14px;line-height:1.5\">{E(texts.WhyItMatches)} {E(item.Summary)}</p>\n");
            }

            body.Append("</li>\n");
        }

        body.Append("</ul>\n");
        if (section.MoreLink is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:14px\"><a href=\"{E(section.MoreLink)}\" style=\"{Link}\">{E(texts.AndMore(section.TotalItems - section.Items.Count))}</a></p>\n");
        }

        if (digest && section.UnsubscribeLink.Length > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px\"><a href=\"{E(section.UnsubscribeLink)}\" style=\"{Link}\">{E(texts.UnsubscribeThisAlert)}</a></p>\n");
        }
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
