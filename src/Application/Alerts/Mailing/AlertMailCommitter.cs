using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// Exactly once: in one transaction, take a slot of the daily cap, mark the batch's deliveries mailed with a
/// conditional UPDATE whose row count must equal the batch, check the idempotency key is unused, and queue the
/// e-mail. Anything else rolls the whole transaction back, so two instances, a retry or a crash at any point can
/// never mail a delivery twice (the outbox key's unique index is the last guard).
/// </summary>
public sealed class AlertMailCommitter(IApplicationDbContext db, IEmailOutbox outbox, AlertMailCap cap)
{
    public async Task<AlertMailOutcome> CommitAsync(UserId owner, string address, AlertMailBatch batch, EmailContent content,
        IReadOnlyDictionary<string, string> headers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var day = AmsterdamTime.Day(now);
        await cap.EnsureCounterAsync(owner, day, cancellationToken);
        var ids = batch.Deliveries.Select(d => d.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (!await cap.TryTakeAsync(owner, day, cancellationToken))
            {
                return AlertMailOutcome.CapReached; // disposing the transaction rolls back
            }

            var marked = await db.AlertDeliveries.Where(d => ids.Contains(d.Id) && d.MailedAt == null && !d.Skipped)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.MailedAt, (DateTimeOffset?)now), cancellationToken);
            if (marked != ids.Count
                || await db.OutboundEmails.AnyAsync(e => e.IdempotencyKey == batch.IdempotencyKey, cancellationToken))
            {
                return AlertMailOutcome.AlreadyMailed;
            }

            if (batch.Kind != AlertEmailKind.Instant)
            {
                await MarkDigestSentAsync(owner, batch, now, cancellationToken);
            }

            await outbox.EnqueueAsync(batch.IdempotencyKey, address, content, headers, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return AlertMailOutcome.Queued;
        }
        catch (DbUpdateException)
        {
            return AlertMailOutcome.AlreadyMailed; // the key was queued meanwhile (its unique index)
        }
        finally
        {
            Forget(batch.IdempotencyKey);
        }
    }

    /// <summary>All the person's alerts of that frequency count as served for this period, with items or without.</summary>
    private Task<int> MarkDigestSentAsync(UserId owner, AlertMailBatch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var frequency = batch.Kind == AlertEmailKind.DailyDigest ? AlertFrequency.Daily : AlertFrequency.Weekly;
        return db.AlertSubscriptions.Where(s => s.OwnerId == owner && s.Frequency == frequency)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastDigestAt, (DateTimeOffset?)now), cancellationToken);
    }

    /// <summary>The pass goes on with the same context: no queued message stays tracked (saved or rolled back).</summary>
    private void Forget(string key)
    {
        foreach (var email in db.OutboundEmails.Local.Where(e => e.IdempotencyKey == key).ToList())
        {
            db.OutboundEmails.Entry(email).State = EntityState.Detached;
        }
    }
}
