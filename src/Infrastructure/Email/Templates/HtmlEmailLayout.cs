using System.Net;

namespace TalentMatch.Infrastructure.Email.Templates;

/// <summary>A plain, inline-styled HTML body: heading, text, a button-like link, the raw URL, the closing.</summary>
public static class HtmlEmailLayout
{
    public static string Render(TemplateLanguage language, TemplateText text, string link)
    {
        var href = WebUtility.HtmlEncode(link);
        return $"""
            <!DOCTYPE html>
            <html lang="{language.Code}">
            <head><meta charset="utf-8"><title>{E(text.Subject)}</title></head>
            <body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
            <div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:6px">
            <h1 style="font-size:22px;margin:0 0 16px">{E(text.Heading)}</h1>
            <p style="font-size:16px;line-height:1.5">{E(text.Intro)}</p>
            <p style="margin:24px 0"><a href="{href}" style="display:inline-block;padding:12px 20px;background:#00528c;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">{E(text.Action)}</a></p>
            <p style="font-size:14px;line-height:1.5">{E(language.LinkFallback)}<br><a href="{href}" style="color:#00528c;word-break:break-all">{href}</a></p>
            <p style="font-size:14px;line-height:1.5;color:#555555">{E(text.Closing)}</p>
            <p style="font-size:14px;color:#555555">{E(language.Signature)}</p>
            </div>
            </body>
            </html>
            """;
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
