using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.Templates;

/// <summary>The texts of all templates in one language, and the words the layouts share.</summary>
public sealed record TemplateLanguage(
    string Code,
    string LinkFallback,
    string Signature,
    IReadOnlyDictionary<EmailTemplate, TemplateText> Texts);
