namespace TalentMatch.Domain.Alerts;

/// <summary>
/// One item (a vacancy or a candidate) found for one subscription. The pair (<see cref="SubscriptionId"/>,
/// <see cref="ItemId"/>) is unique in the database: whatever crashes, retries or instances do, an item is recorded,
/// and so mailed, once per subscription, ever.
/// </summary>
public sealed class AlertDelivery
{
    public const int SummaryMaxLength = 500;

    private AlertDelivery() => Summary = string.Empty;

    public long Id { get; private set; }

    public AlertSubscriptionId SubscriptionId { get; private set; }

    public Guid ItemId { get; private set; }

    public int Score { get; private set; }

    /// <summary>Why it matches, in the subscription's language (from the match explanation).</summary>
    public string Summary { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    /// <summary>Set when the e-mail carrying this item was queued in the outbox (same transaction).</summary>
    public DateTimeOffset? MailedAt { get; private set; }

    /// <summary>Not mailed on purpose (the daily cap, a suppressed address); kept so it is never mailed later.</summary>
    public bool Skipped { get; private set; }

    public static AlertDelivery Found(AlertSubscriptionId subscription, Guid item, int score, string summary, DateTimeOffset now) =>
        new()
        {
            SubscriptionId = subscription, ItemId = item, Score = score,
            Summary = summary.Length <= SummaryMaxLength ? summary : summary[..SummaryMaxLength], FoundAt = now,
        };

    public void Mailed(DateTimeOffset at) => MailedAt = at;

    public void Skip() => Skipped = true;
}
