using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>Renders a template in the recipient's language into HTML and plain text.</summary>
public interface IEmailTemplates
{
    EmailContent Render(EmailTemplate template, string culture, IReadOnlyDictionary<string, string> values);
}
