using FluentValidation;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Employers.Shared;

namespace TalentMatch.Application.Employers.AcceptInvitation;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator(IPasswordPolicy passwordPolicy, ICurrentUser user)
    {
        RuleFor(c => c.InvitationId).NotEmpty().WithMessage(_ => Messages.Get("InvitationInvalid"));
        RuleFor(c => c.Token).NotEmpty().MaximumLength(InvitationTokens.MaxLength)
            .WithMessage(_ => Messages.Get("InvitationInvalid"));
        RuleFor(c => c.Password!).ValidNewPassword(passwordPolicy).WithName(_ => Messages.Password)
            .When(_ => user.Id is null);
        RuleFor(c => c.Culture).SupportedCulture();
    }
}
