using Microsoft.AspNetCore.Identity;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Infrastructure.Identity;

/// <summary>Account security settings (OWASP ASVS 5.0, chapter 6).</summary>
public static class IdentityPolicy
{
    /// <summary>PBKDF2-HMAC-SHA512 (Identity's v3 format): OWASP's recommended minimum is 210,000.</summary>
    public const int Pbkdf2Iterations = 210_000;

    public const int MaxFailedAccessAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        // Length, not composition: no required digits, cases or symbols.
        options.Password.RequiredLength = AccountRules.PasswordMinLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;

        options.User.RequireUniqueEmail = true;
        options.User.AllowedUserNameCharacters = string.Empty; // user names are e-mail addresses
        options.SignIn.RequireConfirmedEmail = true;
    }
}
