using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// Queues a message in the database outbox as part of the caller's unit of work (nothing is saved here).
/// A second call with the same idempotency key queues nothing.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>An account e-mail from one of the shipped templates.</summary>
    Task EnqueueAsync(string idempotencyKey, string toAddress, string culture, EmailTemplate template,
        IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

    /// <summary>A message the caller rendered itself (alerts), with extra headers such as one-click unsubscribe.</summary>
    Task EnqueueAsync(string idempotencyKey, string toAddress, EmailContent content,
        IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken);
}
