using Mediator;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Accounts.ResendConfirmation;

public sealed class ResendConfirmationHandler(IApplicationDbContext db, IIdentityService identity,
    AccountEmails emails) : ICommandHandler<ResendConfirmationCommand>
{
    public async ValueTask<Unit> Handle(ResendConfirmationCommand command, CancellationToken cancellationToken)
    {
        var account = await identity.FindByEmailAsync(command.Email, cancellationToken);
        if (account is { EmailConfirmed: false })
        {
            await emails.QueueConfirmationAsync(account.Id, account.Email, account.Culture, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
