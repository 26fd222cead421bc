using System.Globalization;
using System.Text;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.Templates.Alerts;

/// <summary>The plain-text part: the same content, each link on a line of its own.</summary>
public static class AlertTextLayout
{
    public static string Render(AlertEmail email, AlertTexts texts, string subject, CultureInfo format)
    {
        var digest = email.Kind != AlertEmailKind.Instant;
        var text = new StringBuilder();
        text.Append(subject).Append("\n\n").Append(digest ? texts.DigestIntro : texts.InstantIntro).Append("\n\n");
        foreach (var section in email.Sections)
        {
            if (digest)
            {
                text.Append("== ").Append(section.AlertName).Append(" ==\n\n");
            }

            foreach (var item in section.Items)
            {
                text.Append("* ").Append(AlertEmailRenderer.TitleOf(item, texts)).Append('\n');
                if (AlertEmailRenderer.Details(item, texts, format) is { Count: > 0 } details)
                {
                    text.Append("  ").Append(string.Join(" · ", details)).Append('\n');
                }

                if (!string.IsNullOrWhiteSpace(item.Summary))
                {
                    text.Append("  ").Append(texts.WhyItMatches).Append(' ').Append(item.Summary).Append('\n');
                }

                text.Append("  ").Append(item.Link).Append("\n\n");
            }

            if (section.MoreLink is not null)
            {
                text.Append(texts.AndMore(section.TotalItems - section.Items.Count)).Append(": ").Append(section.MoreLink).Append("\n\n");
            }

            if (digest && section.UnsubscribeLink.Length > 0)
            {
                text.Append(texts.UnsubscribeThisAlert).Append(": ").Append(section.UnsubscribeLink).Append("\n\n");
            }
        }

        text.Append("--\n").Append(texts.ManageAlerts).Append(": ").Append(email.ManageLink).Append('\n')
            .Append(digest ? texts.UnsubscribeDigest : texts.UnsubscribeInstant).Append(": ").Append(email.UnsubscribeLink)
            .Append("\n\n").Append(texts.Footer).Append('\n').Append(texts.Signature).Append('\n');
        return text.ToString();
    }
}
