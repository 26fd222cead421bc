using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>Pending deliveries (not mailed, not skipped) in the database, by person.</summary>
public sealed class AlertMailQueue(IApplicationDbContext db, AlertMailingPolicy policy)
{
    /// <summary>
    /// Everyone who may have alert mail to send now: pending items of an instant or paused alert, or of a digest alert
    /// whose digest of the current period has not gone yet; not those who reached today's cap.
    /// </summary>
    public async Task<IReadOnlyList<UserId>> OwnersWithWorkAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var daily = AlertSchedule.Start(AlertSchedule.Period(AlertFrequency.Daily, now, policy.DigestTime), policy.DigestTime);
        var weekly = AlertSchedule.Start(AlertSchedule.Period(AlertFrequency.Weekly, now, policy.DigestTime), policy.DigestTime);
        var today = AmsterdamTime.Day(now);
        var cap = policy.DailyCapPerUser;
        return await db.AlertDeliveries.Where(d => d.MailedAt == null && !d.Skipped)
            .Join(db.AlertSubscriptions, d => d.SubscriptionId, s => s.Id, (d, s) => s)
            .Where(s => s.Paused || s.Frequency == AlertFrequency.Instant
                || (s.Frequency == AlertFrequency.Daily && (s.LastDigestAt == null || s.LastDigestAt < daily))
                || (s.Frequency == AlertFrequency.Weekly && (s.LastDigestAt == null || s.LastDigestAt < weekly)))
            .Where(s => !db.AlertMailCounts.Any(c => c.OwnerId == s.OwnerId && c.Day == today && c.Count >= cap))
            .Select(s => s.OwnerId).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>The person's alerts and their pending deliveries, oldest first.</summary>
    public async Task<(IReadOnlyList<AlertSubscription> Alerts, IReadOnlyList<AlertDelivery> Pending)> OfAsync(UserId owner,
        CancellationToken cancellationToken)
    {
        var alerts = await db.AlertSubscriptions.AsNoTracking().Where(s => s.OwnerId == owner).ToListAsync(cancellationToken);
        var ids = alerts.Select(a => a.Id).ToList();
        var pending = await db.AlertDeliveries.AsNoTracking()
            .Where(d => ids.Contains(d.SubscriptionId) && d.MailedAt == null && !d.Skipped)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return (alerts, pending);
    }

    /// <summary>Never mailed, now or later (a suppressed address, a closed vacancy...). Only ones not mailed yet.</summary>
    public Task<int> SkipAsync(IReadOnlyCollection<long> deliveryIds, CancellationToken cancellationToken) =>
        deliveryIds.Count == 0 ? Task.FromResult(0)
        : db.AlertDeliveries.Where(d => deliveryIds.Contains(d.Id) && d.MailedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Skipped, true), cancellationToken);
}
