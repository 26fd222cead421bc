using FluentValidation;
using TalentMatch.Application.Common.Validation;

namespace TalentMatch.Application.Employers.InviteRecruiter;

public sealed class InviteRecruiterValidator : AbstractValidator<InviteRecruiterCommand>
{
    public InviteRecruiterValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Culture).SupportedCulture();
    }
}
