using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.Templates;

/// <summary>
/// The account e-mails in English and Dutch. A culture is matched on its language ("nl-BE" is Dutch);
/// anything else gets English. Every value is HTML-encoded in the HTML part.
/// </summary>
public sealed class EmailTemplates : IEmailTemplates
{
    public const string LinkValue = "link";

    public EmailContent Render(EmailTemplate template, string culture, IReadOnlyDictionary<string, string> values)
    {
        if (!values.TryGetValue(LinkValue, out var link) || string.IsNullOrWhiteSpace(link))
        {
            throw new ArgumentException($"Template {template} needs a \"{LinkValue}\" value.", nameof(values));
        }

        var language = LanguageOf(culture);
        var text = language.Texts.TryGetValue(template, out var found)
            ? found
            : throw new ArgumentOutOfRangeException(nameof(template), template, "Unknown e-mail template.");
        return new EmailContent(text.Subject, HtmlEmailLayout.Render(language, text, link),
            TextEmailLayout.Render(language, text, link));
    }

    private static TemplateLanguage LanguageOf(string? culture)
    {
        var code = (culture ?? string.Empty).Split('-', '_')[0];
        return string.Equals(code, DutchTemplates.Language.Code, StringComparison.OrdinalIgnoreCase)
            ? DutchTemplates.Language
            : EnglishTemplates.Language;
    }
}
