using FluentValidation;

namespace TalentMatch.Application.Applications.AcceptJobInvitation;

public sealed class AcceptJobInvitationValidator : AbstractValidator<AcceptJobInvitationCommand>
{
    public AcceptJobInvitationValidator() => RuleFor(c => c.ApplicationId).NotEmpty();
}
