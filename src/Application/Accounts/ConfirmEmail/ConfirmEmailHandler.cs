using Mediator;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Accounts.ConfirmEmail;

public sealed class ConfirmEmailHandler(IIdentityService identity) : ICommandHandler<ConfirmEmailCommand>
{
    public async ValueTask<Unit> Handle(ConfirmEmailCommand command, CancellationToken cancellationToken)
    {
        if (!await identity.ConfirmEmailAsync(new UserId(command.UserId), command.Code, cancellationToken))
        {
            throw new ValidationException(nameof(command.Code), Messages.ConfirmationLinkInvalid);
        }

        return Unit.Value;
    }
}
