namespace TalentMatch.Application.Common.Interfaces;

/// <summary>What <see cref="IEmailEventWebhook.Read"/> made of one webhook delivery.</summary>
public sealed record EmailEventBatch(EmailEventBatchStatus Status, IReadOnlyList<EmailEvent> Events)
{
    public static EmailEventBatch Refused(EmailEventBatchStatus status) => new(status, []);
}
