using FluentValidation;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Accounts.RegisterCandidate;

public sealed class RegisterCandidateValidator : AbstractValidator<RegisterCandidateCommand>
{
    public RegisterCandidateValidator(IPasswordPolicy passwordPolicy)
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidNewPassword(passwordPolicy).WithName(_ => Messages.Password);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(Candidate.DisplayNameMaxLength)
            .WithName(_ => Messages.DisplayName);
        RuleFor(c => c.Culture).SupportedCulture();
    }
}
