using FluentValidation;

namespace TalentMatch.Application.Applications.ChooseRetention;

public sealed class ChooseRetentionValidator : AbstractValidator<ChooseRetentionCommand>
{
    public ChooseRetentionValidator() => RuleFor(c => c.ApplicationId).NotEmpty();
}
