using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Alerts;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// The daily cap: one counter row per person and local day, raised by a conditional UPDATE (count below the cap)
/// inside the transaction that queues the e-mail. Row locks make it exact across instances; a rollback gives the
/// slot back.
/// </summary>
public sealed class AlertMailCap(IApplicationDbContext db, AlertMailingPolicy policy)
{
    /// <summary>Outside the mailing transaction: creates the day's counter unless it (or another instance's) exists.</summary>
    public async Task EnsureCounterAsync(UserId owner, DateOnly day, CancellationToken cancellationToken)
    {
        if (await db.AlertMailCounts.AnyAsync(c => c.OwnerId == owner && c.Day == day, cancellationToken))
        {
            return;
        }

        var counter = AlertMailCount.Start(owner, day);
        db.AlertMailCounts.Add(counter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // another instance created the same counter first: the key is unique, one row either way
        }
        finally
        {
            db.AlertMailCounts.Entry(counter).State = EntityState.Detached;
        }
    }

    /// <summary>Inside the mailing transaction: takes one of today's e-mails, or false when the cap is reached.</summary>
    public async Task<bool> TryTakeAsync(UserId owner, DateOnly day, CancellationToken cancellationToken) =>
        await db.AlertMailCounts.Where(c => c.OwnerId == owner && c.Day == day && c.Count < policy.DailyCapPerUser)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + 1), cancellationToken) == 1;

    /// <summary>Counters of past days are not needed any more.</summary>
    public Task<int> ForgetBeforeAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.AlertMailCounts.Where(c => c.Day < day).ExecuteDeleteAsync(cancellationToken);
}
