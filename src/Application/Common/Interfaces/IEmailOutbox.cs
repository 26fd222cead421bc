namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// Queues a message in the database outbox as part of the caller's unit of work (nothing is saved here).
/// A second call with the same idempotency key queues nothing.
/// </summary>
public interface IEmailOutbox
{
    Task EnqueueAsync(string idempotencyKey, string toAddress, string culture, EmailTemplate template,
        IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}
