using Microsoft.AspNetCore.Identity;

namespace TalentMatch.Infrastructure.Identity;

/// <summary>OWASP ASVS 5.0 (6.2.4): reject passwords from a list of the most common ones, and over-long ones.</summary>
public sealed class CommonPasswordValidator(IdentityErrorDescriber describer) : IPasswordValidator<ApplicationUser>
{
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Length > MaxLength && describer is LocalizedIdentityErrorDescriber localized)
        {
            errors.Add(localized.PasswordTooLong(MaxLength));
        }

        if (CommonPasswordList.Shipped.Contains(password)
            || (user.Email is { } email && password.Equals(email, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(describer is LocalizedIdentityErrorDescriber l ? l.PasswordTooCommon() : new IdentityError
            {
                Code = "PasswordTooCommon", Description = "This password is too common.",
            });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
