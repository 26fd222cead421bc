using FluentValidation;

namespace TalentMatch.Application.Applications.DeclineJobInvitation;

public sealed class DeclineJobInvitationValidator : AbstractValidator<DeclineJobInvitationCommand>
{
    public DeclineJobInvitationValidator() => RuleFor(c => c.ApplicationId).NotEmpty();
}
