using FluentValidation;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Accounts.ResetPassword;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator(IPasswordPolicy passwordPolicy)
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Code).NotEmpty().MaximumLength(2000).WithMessage(_ => Messages.ResetLinkInvalid);
        RuleFor(c => c.NewPassword).ValidNewPassword(passwordPolicy).WithName(_ => Messages.Password);
    }
}
