namespace TalentMatch.Domain.Alerts;

/// <summary>
/// A row of the alert outbox: "this item is new for alerts, check it against the subscriptions". Written in the same
/// transaction as the change that makes the item new (a vacancy published; a visible profile created or changed), so
/// no item is lost when the process dies before alerts are matched; removed once its deliveries are recorded.
/// </summary>
public sealed class AlertTrigger
{
    private AlertTrigger()
    {
    }

    public long Id { get; private set; }

    public AlertItemKind Kind { get; private set; }

    public Guid ItemId { get; private set; }

    public DateTimeOffset EnqueuedAt { get; private set; }

    public static AlertTrigger Of(AlertItemKind kind, Guid itemId, DateTimeOffset now) =>
        new() { Kind = kind, ItemId = itemId, EnqueuedAt = now };
}
