using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Notifications;

/// <summary>
/// A message in the outbox. It is written in the same transaction as the change that causes it and sent later
/// by the dispatcher. <see cref="IdempotencyKey"/> is unique: the same cause never queues a second message.
/// </summary>
public sealed class OutboundEmail : Entity
{
    public const int IdempotencyKeyMaxLength = 200;
    public const int SubjectMaxLength = 300;
    public const int LastErrorMaxLength = 1000;
    public const int LeaseOwnerMaxLength = 100;

    private OutboundEmail()
    {
        IdempotencyKey = ToAddress = Subject = HtmlBody = TextBody = string.Empty;
    }

    public OutboundEmailId Id { get; private set; }

    public string IdempotencyKey { get; private set; }

    public string ToAddress { get; private set; }

    public string Subject { get; private set; }

    public string HtmlBody { get; private set; }

    public string TextBody { get; private set; }

    /// <summary>Extra message headers (only <see cref="EmailHeaders.Allowed"/> ones), e.g. RFC 8058 one-click unsubscribe.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private set; } = EmailHeaders.None;

    public OutboundEmailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// The latest problem the provider reported after accepting the message (bounce, drop, spam report), apart from
    /// <see cref="Status"/>: the dispatcher's work was done, this is what happened afterwards.
    /// </summary>
    public DeliveryProblem? ReportedProblem { get; private set; }

    /// <summary>When the provider says <see cref="ReportedProblem"/> happened.</summary>
    public DateTimeOffset? ReportedProblemAt { get; private set; }

    public static OutboundEmail Create(string idempotencyKey, string toAddress, EmailContent content, DateTimeOffset now,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        return new OutboundEmail
        {
            Id = OutboundEmailId.New(),
            IdempotencyKey = idempotencyKey.Length <= IdempotencyKeyMaxLength
                ? idempotencyKey
                : throw new ArgumentException("Idempotency key too long.", nameof(idempotencyKey)),
            ToAddress = toAddress,
            Subject = content.Subject.Length <= SubjectMaxLength ? content.Subject : content.Subject[..SubjectMaxLength],
            HtmlBody = content.HtmlBody,
            TextBody = content.TextBody,
            Headers = EmailHeaders.Checked(headers),
            Status = OutboundEmailStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public void MarkSent(DateTimeOffset now)
    {
        if (Status != OutboundEmailStatus.Pending)
        {
            throw new InvalidOperationException($"Outbound email {Id} is {Status}, not pending.");
        }

        Status = OutboundEmailStatus.Sent;
        Attempts++;
        SentAt = now;
        LastError = null;
        ReleaseLease();
    }

    /// <summary>
    /// Records a failed attempt: retried later with backoff (not before <paramref name="retryAfter"/> when the
    /// provider named one, see <see cref="RetrySchedule.DelayAfter(int, TimeSpan?)"/>), or failed for good.
    /// </summary>
    public void RecordFailure(string error, bool permanent, DateTimeOffset now, RetrySchedule schedule,
        TimeSpan? retryAfter = null)
    {
        if (Status != OutboundEmailStatus.Pending)
        {
            throw new InvalidOperationException($"Outbound email {Id} is {Status}, not pending.");
        }

        Attempts++;
        LastError = error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
        if (permanent || Attempts >= schedule.MaxAttempts)
        {
            Status = OutboundEmailStatus.Failed;
        }
        else
        {
            NextAttemptAt = now + schedule.DelayAfter(Attempts, retryAfter);
        }

        ReleaseLease();
    }

    /// <summary>
    /// Records a problem the provider reported. Idempotent (the same report again changes nothing) and order-proof:
    /// a report older than the one recorded is ignored. Status, attempts and lease stay as they are.
    /// </summary>
    public void ReportProblem(DeliveryProblem problem, DateTimeOffset occurredAt)
    {
        if (ReportedProblemAt is { } recorded && occurredAt < recorded)
        {
            return;
        }

        ReportedProblem = problem;
        ReportedProblemAt = occurredAt;
    }

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }
}
