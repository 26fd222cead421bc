using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>
/// Addresses that get no optional mail (alerts) because mail to them bounced or was reported as spam. Account mail
/// (confirmation, password reset) is not held back: the person asked for it.
/// </summary>
public interface IEmailSuppressions
{
    Task<bool> IsSuppressedAsync(string address, CancellationToken cancellationToken);

    /// <summary>Records the address (idempotent: an address already suppressed stays as it is). Saves at once.</summary>
    Task SuppressAsync(string address, SuppressionReason reason, CancellationToken cancellationToken);
}
