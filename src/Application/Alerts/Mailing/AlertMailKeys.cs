using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>Outbox idempotency keys of alert e-mails: the same cause can never queue a second message.</summary>
public static class AlertMailKeys
{
    /// <summary>An instant e-mail: the alert and exactly these deliveries.</summary>
    public static string Instant(AlertSubscriptionId alert, IEnumerable<AlertDelivery> deliveries)
    {
        var ids = string.Join(',', deliveries.Select(d => d.Id).Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..24];
        return $"alert:{alert.Value:N}:{hash}";
    }

    /// <summary>A digest: one per person, frequency and period (its local date).</summary>
    public static string Digest(UserId owner, AlertFrequency frequency, DateOnly period) =>
        $"alert-digest:{owner.Value:N}:{frequency}:{period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
