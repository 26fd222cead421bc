using Microsoft.AspNetCore.Identity;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Identity;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>
/// Accounts of fictional demo people, added in bulk without a password (nobody logs in as them, and hashing
/// 200,000 passwords at 210,000 PBKDF2 iterations would take hours). The four demo logins come from DemoAccountSeeder.
/// </summary>
public static class DemoAccounts
{
    public static (ApplicationUser User, IdentityUserRole<Guid> Role) Create(string email, Guid roleId, string culture)
    {
        var user = new ApplicationUser
        {
            Id = UserId.New().Value,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            Culture = culture,
        };
        return (user, new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });
    }
}
