using Microsoft.AspNetCore.Identity;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Identity;

/// <summary>
/// The e-mails that Identity's API endpoints (under /api/v1/auth) send go through the same outbox as ours.
/// </summary>
public sealed class OutboxIdentityEmailSender(IEmailOutbox outbox, IApplicationDbContext db, IAppLinks links,
    TimeProvider clock) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        QueueAsync(user, email, EmailTemplate.ConfirmEmail, confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        QueueAsync(user, email, EmailTemplate.ResetPassword, resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        QueueAsync(user, email, EmailTemplate.ResetPassword, links.ResetPassword(email, resetCode));

    private async Task QueueAsync(ApplicationUser user, string email, EmailTemplate template, string link)
    {
        var hour = clock.GetUtcNow().ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);
        await outbox.EnqueueAsync($"{template}:{user.Id}:{hour}", email, user.Culture, template,
            new Dictionary<string, string> { ["link"] = link }, CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
