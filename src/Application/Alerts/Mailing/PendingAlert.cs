using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>An alert with its deliveries that are not mailed, not skipped, and still worth mailing.</summary>
public sealed record PendingAlert(AlertSubscription Alert, IReadOnlyList<AlertDelivery> Items);
