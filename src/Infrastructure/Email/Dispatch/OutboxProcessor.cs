using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>
/// One pass over the outbox: claims due messages one at a time, hands each to the gateway and records the
/// outcome through the domain (<see cref="OutboundEmail.MarkSent"/>, <see cref="OutboundEmail.RecordFailure"/>).
/// </summary>
public sealed class OutboxProcessor(ApplicationDbContext db, OutboxLeases leases, IEmailGateway gateway,
    IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxProcessor> logger)
{
    /// <summary>Returns how many messages this pass claimed (sent or not).</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Dispatcher;
        var claimed = 0;
        foreach (var id in await leases.FindDueAsync(settings.BatchSize, cancellationToken))
        {
            if (await leases.TryClaimAsync(id, settings.LeaseDuration, cancellationToken) is { } lease)
            {
                claimed++;
                await DeliverAsync(lease, settings.RetrySchedule, cancellationToken);
            }
        }

        return claimed;
    }

    private async Task DeliverAsync(OutboxLease lease, RetrySchedule schedule, CancellationToken cancellationToken)
    {
        var email = await db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Id == lease.Id, cancellationToken);
        var attempt = email.Attempts + 1;
        if (await GatewayAttempt.TryAsync(gateway, email, cancellationToken) is { } failure)
        {
            email.RecordFailure(failure.Message, failure.IsPermanent, clock.GetUtcNow(), schedule,
                ProviderStatus.RetryAfterOf(failure));
            OutboxLog.Failed(logger, email, attempt, ProviderStatus.Of(failure));
        }
        else
        {
            email.MarkSent(clock.GetUtcNow());
            OutboxLog.Sent(logger, email.Id, attempt);
        }

        // The send has happened: record it even when shutdown has begun, or the message goes out again.
        if (!await leases.CompleteAsync(lease, email, CancellationToken.None))
        {
            OutboxLog.LeaseLost(logger, email.Id, attempt);
        }
    }
}
