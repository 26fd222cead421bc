using FluentValidation;

namespace TalentMatch.Application.Applications.WithdrawApplication;

public sealed class WithdrawApplicationValidator : AbstractValidator<WithdrawApplicationCommand>
{
    public WithdrawApplicationValidator() => RuleFor(c => c.ApplicationId).NotEmpty();
}
