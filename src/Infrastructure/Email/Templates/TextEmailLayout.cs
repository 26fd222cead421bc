namespace TalentMatch.Infrastructure.Email.Templates;

/// <summary>The plain-text alternative: the same words, the link on a line of its own.</summary>
public static class TextEmailLayout
{
    public static string Render(TemplateLanguage language, TemplateText text, string link) =>
        $"""
        {text.Heading}

        {text.Intro}

        {text.Action}:
        {link}

        {text.Closing}

        --
        {language.Signature}

        """;
}
