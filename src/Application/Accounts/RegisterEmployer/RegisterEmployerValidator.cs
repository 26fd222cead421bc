using FluentValidation;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Application.Accounts.RegisterEmployer;

public sealed class RegisterEmployerValidator : AbstractValidator<RegisterEmployerCommand>
{
    public RegisterEmployerValidator(IPasswordPolicy passwordPolicy)
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidNewPassword(passwordPolicy).WithName(_ => Messages.Password);
        RuleFor(c => c.OrganisationName).NotEmpty().MaximumLength(Employer.NameMaxLength)
            .WithName(_ => Messages.OrganisationName);
        RuleFor(c => c.KvkNumber).NotEmpty().WithName(_ => Messages.KvkNumber)
            .Must(KvkNumber.IsValid).WithMessage(_ => Messages.KvkNumberFormat);
        RuleFor(c => c.Culture).SupportedCulture();
    }
}
