using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// One person's alert mail in a pass: skips what must never be mailed (a suppressed address, an account that is
/// gone, closed vacancies, hidden candidates, paused alerts), then queues the e-mails that are due, until the cap.
/// </summary>
public sealed class AlertPersonMailer(IApplicationDbContext db, AlertMailQueue queue, AlertItemLoader loader,
    AlertBatchPlanner planner, AlertEmailComposer composer, AlertMailCommitter committer, IIdentityService identity,
    IEmailSuppressions suppressions, ILogger<AlertPersonMailer> logger)
{
    public async Task MailAsync(UserId owner, DateTimeOffset now, AlertMailPassResult result, CancellationToken cancellationToken)
    {
        var (alerts, pending) = await queue.OfAsync(owner, cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var account = await identity.FindByIdAsync(owner, cancellationToken);
        if (account is null || await suppressions.IsSuppressedAsync(account.Email, cancellationToken))
        {
            await SkipAsync(owner, [.. pending.Select(d => d.Id)], account is null ? "no account" : "address suppressed", result, cancellationToken);
            return;
        }

        var facts = await loader.LoadAsync(owner, alerts, pending, cancellationToken);
        var byId = alerts.ToDictionary(a => a.Id);
        var dead = pending.Where(d => !facts.IsLive(byId[d.SubscriptionId], d)).ToList();
        await SkipAsync(owner, [.. dead.Select(d => d.Id)], "not open, not visible or paused", result, cancellationToken);
        var live = pending.Except(dead).GroupBy(d => d.SubscriptionId)
            .Select(g => new PendingAlert(byId[g.Key], [.. g])).ToList();
        foreach (var batch in planner.Plan(owner, live, now))
        {
            if (await db.OutboundEmails.AnyAsync(e => e.IdempotencyKey == batch.IdempotencyKey, cancellationToken))
            {
                continue; // this period's digest went already: the rest waits for the next period
            }

            var (content, headers) = composer.Compose(batch, facts);
            var outcome = await committer.CommitAsync(owner, account.Email, batch, content, headers, now, cancellationToken);
            if (outcome == AlertMailOutcome.CapReached)
            {
                result.Capped++;
                AlertMailLog.CapReached(logger, owner.Value);
                return;
            }

            Count(outcome, batch, owner, result);
        }
    }

    private void Count(AlertMailOutcome outcome, AlertMailBatch batch, UserId owner, AlertMailPassResult result)
    {
        if (outcome == AlertMailOutcome.Queued)
        {
            result.EmailsQueued++;
            result.ItemsMailed += batch.Deliveries.Count;
            AlertMailLog.Queued(logger, batch.IdempotencyKey, batch.Kind, batch.Deliveries.Count, owner.Value);
        }
        else
        {
            result.Lost++;
            AlertMailLog.AlreadyMailed(logger, batch.IdempotencyKey);
        }
    }

    private async Task SkipAsync(UserId owner, IReadOnlyCollection<long> ids, string reason, AlertMailPassResult result,
        CancellationToken cancellationToken)
    {
        var skipped = await queue.SkipAsync(ids, cancellationToken);
        if (skipped > 0)
        {
            result.ItemsSkipped += skipped;
            AlertMailLog.Skipped(logger, skipped, owner.Value, reason);
        }
    }
}
