using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Accounts.RequestPasswordReset;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator() => RuleFor(c => c.Email).ValidEmail();
}
