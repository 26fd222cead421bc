using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// One event from the mail provider's webhook, in our terms. <paramref name="Problem"/> is null for events that
/// need nothing from us (delivered, open, click, deferred ...). <paramref name="IdempotencyKey"/> is the outbox key
/// the message carried, when it did; <paramref name="EventType"/> is the provider's own name, for the logs.
/// </summary>
public sealed record EmailEvent(string EventType, DeliveryProblem? Problem, string? Address, string? IdempotencyKey,
    DateTimeOffset OccurredAt)
{
    public const int EventTypeMaxLength = 50;
}
