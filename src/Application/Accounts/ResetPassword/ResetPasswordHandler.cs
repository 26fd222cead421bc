using Mediator;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;

namespace TalentMatch.Application.Accounts.ResetPassword;

public sealed class ResetPasswordHandler(IIdentityService identity) : ICommandHandler<ResetPasswordCommand>
{
    public async ValueTask<Unit> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var account = await identity.FindByEmailAsync(command.Email, cancellationToken)
            ?? throw new ValidationException(nameof(command.Code), Messages.ResetLinkInvalid);
        await identity.ResetPasswordAsync(account.Id, command.Code, command.NewPassword, cancellationToken);
        return Unit.Value;
    }
}
