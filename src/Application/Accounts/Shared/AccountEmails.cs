using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Accounts.Shared;

/// <summary>The account e-mails, queued in the outbox with keys that make a repeated request harmless.</summary>
public sealed class AccountEmails(IIdentityService identity, IEmailOutbox outbox, IAppLinks links, TimeProvider clock)
{
    public async Task QueueConfirmationAsync(UserId userId, string email, string culture, CancellationToken ct)
    {
        var code = await identity.GenerateEmailConfirmationCodeAsync(userId, ct);
        await outbox.EnqueueAsync($"confirm-email:{userId}:{Hour()}", email, culture, EmailTemplate.ConfirmEmail,
            new Dictionary<string, string> { ["link"] = links.ConfirmEmail(userId, code) }, ct);
    }

    /// <summary>
    /// Registration with an address that already has an account: the form answers as for a new one (so it does
    /// not reveal who has an account) and the owner is told by e-mail. True when the address was taken.
    /// </summary>
    public async Task<bool> QueueAlreadyRegisteredIfTakenAsync(string email, CancellationToken ct)
    {
        var existing = await identity.FindByEmailAsync(email, ct);
        if (existing is not null)
        {
            await QueueAlreadyRegisteredAsync(existing, ct);
        }

        return existing is not null;
    }

    private async Task QueueAlreadyRegisteredAsync(AccountInfo account, CancellationToken ct) =>
        await outbox.EnqueueAsync($"already-registered:{account.Id}:{Hour()}", account.Email, account.Culture,
            EmailTemplate.AlreadyRegistered, new Dictionary<string, string> { ["link"] = links.Login() }, ct);

    public async Task QueuePasswordResetAsync(AccountInfo account, EmailTemplate template, CancellationToken ct)
    {
        var code = await identity.GeneratePasswordResetCodeAsync(account.Id, ct);
        await outbox.EnqueueAsync($"{template}:{account.Id}:{Hour()}", account.Email, account.Culture, template,
            new Dictionary<string, string> { ["link"] = links.ResetPassword(account.Email, code) }, ct);
    }

    /// <summary>At most one message of a kind per account per hour: repeated clicks do not flood a mailbox.</summary>
    private string Hour() => clock.GetUtcNow().ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);
}
