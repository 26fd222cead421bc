using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Accounts.ResendConfirmation;

public sealed class ResendConfirmationValidator : AbstractValidator<ResendConfirmationCommand>
{
    public ResendConfirmationValidator() => RuleFor(c => c.Email).ValidEmail();
}
