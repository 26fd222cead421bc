using System.Globalization;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Matching.Shared;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// Turns a batch into the e-mail and its headers: sections per alert in the batch's language, absolute links, and
/// a signed one-click unsubscribe link (RFC 8058) in the body and in <c>List-Unsubscribe</c>.
/// </summary>
public sealed class AlertEmailComposer(IAlertEmails emails, IAppLinks links, IUnsubscribeTokens tokens, CandidateCards cards)
{
    public (EmailContent Content, IReadOnlyDictionary<string, string> Headers) Compose(AlertMailBatch batch, AlertItemFacts facts)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = CultureInfo.GetCultureInfo(batch.Culture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture); // ESCO labels in the reader's language
        try
        {
            var unsubscribe = links.Unsubscribe(tokens.Create(new UnsubscribeToken([.. batch.Subscriptions.Select(s => s.Id)], batch.Culture)));
            var sections = batch.Subscriptions.Select(alert => Section(alert, [.. batch.Deliveries.Where(d => d.SubscriptionId == alert.Id)],
                facts, batch)).ToList();
            var content = emails.Render(new AlertEmail(batch.Culture, batch.Kind, sections, links.Alerts(), unsubscribe));
            return (content, new Dictionary<string, string>
            {
                [EmailHeaders.ListUnsubscribe] = $"<{unsubscribe}>",
                [EmailHeaders.ListUnsubscribePost] = EmailHeaders.OneClick,
            });
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private AlertEmailSection Section(AlertSubscription alert, IReadOnlyList<AlertDelivery> items, AlertItemFacts facts,
        AlertMailBatch batch)
    {
        var shown = items.OrderByDescending(d => d.Score).ThenBy(d => d.FoundAt)
            .Take(AlertMailingPolicy.ItemsShownPerSection).Select(d => Item(alert, d, facts)).ToList();
        var unsubscribe = batch.Subscriptions.Count == 1
            ? null
            : links.Unsubscribe(tokens.Create(new UnsubscribeToken([alert.Id], batch.Culture)));
        var more = items.Count <= shown.Count ? null
            : alert.VacancyId is { } vacancy ? links.VacancyMatches(vacancy) : links.Alerts();
        return new AlertEmailSection(alert.Name, alert.Kind, shown, items.Count, unsubscribe ?? string.Empty, more);
    }

    private AlertEmailItem Item(AlertSubscription alert, AlertDelivery delivery, AlertItemFacts facts)
    {
        if (alert.Kind == AlertKind.MatchingCandidates)
        {
            var card = cards.Create(facts.VisibleCandidates[delivery.ItemId]);
            return new AlertEmailItem(string.Join(", ", card.Occupations.Take(2)), null, card.Place, null, card.Occupations,
                card.Languages, delivery.Summary, links.VacancyMatches(alert.VacancyId!.Value));
        }

        var vacancy = facts.Vacancies[delivery.ItemId];
        var distance = facts.DistanceFrom(alert) is { } from && vacancy.Point is { } to ? Math.Round(from.DistanceKmTo(to), 1) : (double?)null;
        return new AlertEmailItem(vacancy.Title, vacancy.Organisation, vacancy.PlaceName, distance, [], [], delivery.Summary,
            links.Vacancy(vacancy.Id));
    }
}
