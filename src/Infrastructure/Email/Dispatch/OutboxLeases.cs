using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>
/// Claims outbox rows with single-statement compare-and-set updates, so several app instances can share one
/// outbox: a row is claimed by whoever's UPDATE changed it, and results are written only by the lease holder.
/// </summary>
public sealed class OutboxLeases(ApplicationDbContext db, OutboxInstance instance, TimeProvider clock)
{
    public async Task<IReadOnlyList<OutboundEmailId>> FindDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await Due(now).OrderBy(e => e.NextAttemptAt).Select(e => e.Id).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>The lease, or null when another instance claimed the row first or it is no longer due.</summary>
    public async Task<OutboxLease?> TryClaimAsync(OutboundEmailId id, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = new OutboxLease(id, instance.Id, now + duration);
        var changed = await Due(now).Where(e => e.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.LeaseOwner, lease.Owner)
            .SetProperty(e => e.LeaseExpiresAt, lease.ExpiresAt), cancellationToken);
        return changed == 1 ? lease : null;
    }

    /// <summary>
    /// Writes the state <paramref name="email"/> reached (through its domain methods) if the lease still holds:
    /// false when the lease expired and another instance claimed the row meanwhile.
    /// </summary>
    public async Task<bool> CompleteAsync(OutboxLease lease, OutboundEmail email, CancellationToken cancellationToken)
    {
        DateTimeOffset? expiresAt = lease.ExpiresAt;
        var changed = await db.OutboundEmails
            .Where(e => e.Id == lease.Id && e.Status == OutboundEmailStatus.Pending
                && e.LeaseOwner == lease.Owner && e.LeaseExpiresAt == expiresAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, email.Status)
                .SetProperty(e => e.Attempts, email.Attempts)
                .SetProperty(e => e.NextAttemptAt, email.NextAttemptAt)
                .SetProperty(e => e.SentAt, email.SentAt)
                .SetProperty(e => e.LastError, email.LastError)
                .SetProperty(e => e.LeaseOwner, email.LeaseOwner)
                .SetProperty(e => e.LeaseExpiresAt, email.LeaseExpiresAt), cancellationToken);
        return changed == 1;
    }

    private IQueryable<OutboundEmail> Due(DateTimeOffset now) =>
        db.OutboundEmails.Where(e => e.Status == OutboundEmailStatus.Pending && e.NextAttemptAt <= now
            && (e.LeaseExpiresAt == null || e.LeaseExpiresAt < now));
}
