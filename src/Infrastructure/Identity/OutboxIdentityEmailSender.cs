using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Identity;

/// <summary>
/// The e-mails that Identity's API endpoints (under /api/v1/auth) send go through the same outbox as ours.
/// Identity resolves this once from the root provider, so each message gets its own DI scope.
/// </summary>
public sealed class OutboxIdentityEmailSender(IServiceScopeFactory scopes, TimeProvider clock)
    : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        QueueAsync(user, email, EmailTemplate.ConfirmEmail, _ => confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        QueueAsync(user, email, EmailTemplate.ResetPassword, _ => resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        QueueAsync(user, email, EmailTemplate.ResetPassword, links => links.ResetPassword(email, resetCode));

    private async Task QueueAsync(ApplicationUser user, string email, EmailTemplate template, Func<IAppLinks, string> link)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var hour = clock.GetUtcNow().ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);
        await services.GetRequiredService<IEmailOutbox>().EnqueueAsync($"{template}:{user.Id}:{hour}", email,
            user.Culture, template, new Dictionary<string, string> { ["link"] = link(services.GetRequiredService<IAppLinks>()) },
            CancellationToken.None);
        await services.GetRequiredService<IApplicationDbContext>().SaveChangesAsync(CancellationToken.None);
    }
}
