using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// One e-mail to be: an instant one for one alert, or a digest of several; the deliveries it carries and its outbox
/// idempotency key (the alert and the exact deliveries, or the person, frequency and period).
/// </summary>
public sealed record AlertMailBatch(
    AlertEmailKind Kind, string IdempotencyKey, IReadOnlyList<AlertSubscription> Subscriptions,
    IReadOnlyList<AlertDelivery> Deliveries)
{
    public DateTimeOffset OldestFoundAt => Deliveries.Min(d => d.FoundAt);

    /// <summary>The language of the e-mail: the alert's, or in a digest that of the alert changed last.</summary>
    public string Culture => Subscriptions.OrderByDescending(s => s.UpdatedAt).First().Culture;
}
