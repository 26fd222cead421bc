using Mediator;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Accounts.RequestPasswordReset;

public sealed class RequestPasswordResetHandler(IApplicationDbContext db, IIdentityService identity,
    AccountEmails emails) : ICommandHandler<RequestPasswordResetCommand>
{
    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var account = await identity.FindByEmailAsync(command.Email, cancellationToken);
        if (account is { EmailConfirmed: true })
        {
            await emails.QueuePasswordResetAsync(account, EmailTemplate.ResetPassword, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
