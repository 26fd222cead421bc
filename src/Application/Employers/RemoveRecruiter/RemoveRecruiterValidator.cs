using FluentValidation;

namespace TalentMatch.Application.Employers.RemoveRecruiter;

public sealed class RemoveRecruiterValidator : AbstractValidator<RemoveRecruiterCommand>
{
    public RemoveRecruiterValidator() => RuleFor(c => c.UserId).NotEmpty();
}
