namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// The mail provider's event webhook: checks that a delivery is authentic (signed over the exact bytes received)
/// and fresh, and reads its events. Nothing in a delivery that is not <see cref="EmailEventBatchStatus.Accepted"/>
/// may be acted on.
/// </summary>
public interface IEmailEventWebhook
{
    /// <summary>False when no verification key is configured: every delivery is then refused.</summary>
    bool IsConfigured { get; }

    EmailEventBatch Read(ReadOnlyMemory<byte> body, string? signature, string? timestamp);
}
