using FluentValidation;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Common.Validation;

/// <summary>
/// Shared field rules. Passwords follow OWASP ASVS 5.0: at least 8 characters, long ones allowed, no composition
/// rules, and none of the most common passwords. Identity's password validator checks the same list again, so
/// paths that do not pass through a use case (Identity's own API endpoints) are covered too.
/// </summary>
public static class AccountRules
{
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(EmailAddress.MaxLength).EmailAddress().WithName(_ => Messages.Email);

    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilderInitial<T, string> rule,
        IPasswordPolicy policy) =>
        rule.Cascade(CascadeMode.Stop)
            .MinimumLength(PasswordMinLength).WithMessage(_ => Messages.Format(nameof(Messages.PasswordTooShort), PasswordMinLength))
            .MaximumLength(PasswordMaxLength).WithMessage(_ => Messages.Format(nameof(Messages.PasswordTooLong), PasswordMaxLength))
            .Must(p => !policy.IsCommon(p)).WithMessage(_ => Messages.PasswordTooCommon);

    public static IRuleBuilderOptions<T, string> SupportedCulture<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(SupportedCultures.IsSupported).WithMessage(_ => Messages.CultureNotSupported);
}
