using FluentValidation;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Application.Accounts.ConfirmEmail;

public sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmailCommand>
{
    public ConfirmEmailValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage(_ => Messages.ConfirmationLinkInvalid);
        RuleFor(c => c.Code).NotEmpty().MaximumLength(2000).WithMessage(_ => Messages.ConfirmationLinkInvalid);
    }
}
