using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Common.Email;

public sealed class EmailOutbox(IApplicationDbContext db, IEmailTemplates templates, TimeProvider clock) : IEmailOutbox
{
    public async Task EnqueueAsync(string idempotencyKey, string toAddress, string culture, EmailTemplate template,
        IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (await IsQueuedAsync(idempotencyKey, cancellationToken))
        {
            return;
        }

        var content = templates.Render(template, culture, values);
        db.OutboundEmails.Add(OutboundEmail.Create(idempotencyKey, toAddress, content, clock.GetUtcNow()));
    }

    public async Task EnqueueAsync(string idempotencyKey, string toAddress, EmailContent content,
        IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        if (await IsQueuedAsync(idempotencyKey, cancellationToken))
        {
            return;
        }

        db.OutboundEmails.Add(OutboundEmail.Create(idempotencyKey, toAddress, content, clock.GetUtcNow(), headers));
    }

    private async Task<bool> IsQueuedAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.OutboundEmails.Local.Any(e => e.IdempotencyKey == idempotencyKey)
        || await db.OutboundEmails.AnyAsync(e => e.IdempotencyKey == idempotencyKey, cancellationToken);
}
