using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Identity.Seeding;

/// <summary>Roles and the configured first Admin / Municipality accounts; idempotent, runs at every start.</summary>
public sealed class AccountSeeder(RoleManager<ApplicationRole> roles, IIdentityService identity,
    IApplicationDbContext db, AccountEmails emails, IOptions<BootstrapOptions> options, ILogger<AccountSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new ApplicationRole(role));
            }
        }

        await EnsureAccountAsync(options.Value.AdminEmail, options.Value.AdminPassword, Roles.Admin, cancellationToken);
        await EnsureAccountAsync(options.Value.MunicipalityEmail, options.Value.MunicipalityPassword,
            Roles.Municipality, cancellationToken);
    }

    private async Task EnsureAccountAsync(string? email, string? password, string role, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || await identity.FindByEmailAsync(email, ct) is not null)
        {
            return;
        }

        var givenPassword = string.IsNullOrEmpty(password) ? null : password;
        var id = await identity.CreateAsync(email, givenPassword, role, "en", emailConfirmed: givenPassword is not null, ct);
        logger.LogInformation("Created the first {Role} account {UserId}", role, id.Value);
        if (givenPassword is null)
        {
            var account = await identity.FindByIdAsync(id, ct);
            await emails.QueuePasswordResetAsync(account!, EmailTemplate.SetPassword, ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
