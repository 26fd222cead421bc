using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Notifications.RecordEmailEvents;

/// <summary>
/// Suppresses first (each suppression is saved at once and is idempotent), then notes the problems on the outbox
/// messages they name, in one save. Logs event types and outbox ids only, never an address.
/// </summary>
public sealed class RecordEmailEventsHandler(IApplicationDbContext db, IEmailSuppressions suppressions,
    ILogger<RecordEmailEventsHandler> logger) : ICommandHandler<RecordEmailEventsCommand>
{
    public async ValueTask<Unit> Handle(RecordEmailEventsCommand command, CancellationToken cancellationToken)
    {
        var problems = command.Events.Where(e => e.Problem is not null).ToList();
        var suppressed = 0;
        foreach (var (address, reason) in ToSuppress(problems))
        {
            await suppressions.SuppressAsync(address, reason, cancellationToken);
            suppressed++;
        }

        var reported = await ReportOnOutboxAsync(problems, cancellationToken);
        RecordEmailEventsLog.Recorded(logger, command.Events.Count, problems.Count, suppressed, reported);
        return Unit.Value;
    }

    /// <summary>One suppression per address (the first reason named wins, as in the store itself).</summary>
    private static IEnumerable<(string Address, SuppressionReason Reason)> ToSuppress(IEnumerable<EmailEvent> problems) =>
        problems
            .Select(e => (Address: e.Address!, Reason: EmailSuppression.ReasonFor(e.Problem!.Value)))
            .Where(s => s.Reason is not null)
            .DistinctBy(s => EmailAddressHash.Of(s.Address))
            .Select(s => (s.Address, s.Reason!.Value));

    private async Task<int> ReportOnOutboxAsync(IReadOnlyList<EmailEvent> problems, CancellationToken cancellationToken)
    {
        var keys = problems.Select(e => e.IdempotencyKey).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return 0;
        }

        var emails = await db.OutboundEmails.Where(e => keys.Contains(e.IdempotencyKey))
            .ToDictionaryAsync(e => e.IdempotencyKey, StringComparer.Ordinal, cancellationToken);
        var reported = 0;
        foreach (var problem in problems.OrderBy(e => e.OccurredAt))
        {
            if (problem.IdempotencyKey is { } key && emails.TryGetValue(key, out var email))
            {
                email.ReportProblem(problem.Problem!.Value, problem.OccurredAt);
                RecordEmailEventsLog.Reported(logger, email.Id, problem.EventType, problem.Problem.Value);
                reported++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return reported;
    }
}
