using FluentValidation;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Validation;

/// <summary>
/// Shared field rules. Passwords follow OWASP ASVS 5.0: at least 8 characters, long ones allowed, no composition
/// rules. The check against common passwords runs in Identity's password validator, so every path uses it.
/// </summary>
public static class AccountRules
{
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(EmailAddress.MaxLength).EmailAddress().WithName(_ => Messages.Email);

    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(PasswordMinLength, PasswordMaxLength).WithName(_ => Messages.Password);

    public static IRuleBuilderOptions<T, string> SupportedCulture<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(SupportedCultures.IsSupported).WithMessage(_ => Messages.CultureNotSupported);
}
