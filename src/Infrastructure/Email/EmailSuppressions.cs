using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Email;

/// <summary>The suppression list in the database, looked up by address hash (no address is stored).</summary>
public sealed class EmailSuppressions(ApplicationDbContext db, TimeProvider clock) : IEmailSuppressions
{
    public Task<bool> IsSuppressedAsync(string address, CancellationToken cancellationToken)
    {
        var hash = EmailAddressHash.Of(address);
        return db.Set<EmailSuppression>().AnyAsync(s => s.AddressHash == hash, cancellationToken);
    }

    public async Task SuppressAsync(string address, SuppressionReason reason, CancellationToken cancellationToken)
    {
        if (await IsSuppressedAsync(address, cancellationToken))
        {
            return;
        }

        var suppression = EmailSuppression.Of(address, reason, clock.GetUtcNow());
        db.Set<EmailSuppression>().Add(suppression);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request (a webhook retry) may have recorded the same address first: suppressed either way.
            db.Entry(suppression).State = EntityState.Detached;
            if (!await IsSuppressedAsync(address, CancellationToken.None))
            {
                throw;
            }
        }
    }
}
