using System.Globalization;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.Templates.Alerts;

/// <summary>
/// Alert e-mails in English and Dutch (a culture is matched on its language; anything else gets English): the
/// subject with the count, an HTML part with every value encoded, and the same in plain text.
/// </summary>
public sealed class AlertEmailRenderer : IAlertEmails
{
    public EmailContent Render(AlertEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var texts = TextsFor(email.Culture);
        var format = CultureInfo.GetCultureInfo(texts.Code);
        var subject = Subject(email, texts);
        return new EmailContent(subject, AlertHtmlLayout.Render(email, texts, subject, format),
            AlertTextLayout.Render(email, texts, subject, format));
    }

    public static AlertTexts TextsFor(string? culture) =>
        string.Equals((culture ?? string.Empty).Split('-', '_')[0], "nl", StringComparison.OrdinalIgnoreCase)
            ? DutchAlertTexts.Texts
            : EnglishAlertTexts.Texts;

    private static string Subject(AlertEmail email, AlertTexts texts) => email.Kind switch
    {
        AlertEmailKind.DailyDigest => texts.DailyDigestSubject(email.ItemCount, email.Sections.Count),
        AlertEmailKind.WeeklyDigest => texts.WeeklyDigestSubject(email.ItemCount, email.Sections.Count),
        _ when email.Sections[0].Kind == AlertKind.MatchingCandidates =>
            texts.InstantCandidatesSubject(email.ItemCount, email.Sections[0].AlertName),
        _ => texts.InstantVacanciesSubject(email.ItemCount, email.Sections[0].AlertName),
    };

    /// <summary>The line under an item's title: organisation, place and distance, or the candidate's card.</summary>
    public static IReadOnlyList<string> Details(AlertEmailItem item, AlertTexts texts, CultureInfo format)
    {
        var parts = new List<string?>
        {
            item.Organisation, item.Place,
            item.DistanceKm is { } km ? texts.KmAway(km.ToString("0.#", format)) : null,
            item.Occupations.Count > 0 ? $"{texts.Occupations} {string.Join(", ", item.Occupations)}" : null,
            item.Languages.Count > 0 ? $"{texts.Languages} {string.Join(", ", item.Languages)}" : null,
        };
        return [.. parts.OfType<string>().Where(p => p.Length > 0)];
    }

    public static string TitleOf(AlertEmailItem item, AlertTexts texts) =>
        string.IsNullOrWhiteSpace(item.Title) ? texts.Candidate : item.Title;
}
