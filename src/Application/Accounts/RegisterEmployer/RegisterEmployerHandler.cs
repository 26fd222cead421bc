using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Application.Accounts.RegisterEmployer;

public sealed class RegisterEmployerHandler(IApplicationDbContext db, IIdentityService identity,
    AccountEmails emails, TimeProvider clock) : ICommandHandler<RegisterEmployerCommand>
{
    public async ValueTask<Unit> Handle(RegisterEmployerCommand command, CancellationToken cancellationToken)
    {
        var kvk = KvkNumber.Create(command.KvkNumber);
        var kvkTaken = await db.Employers.AnyAsync(e => e.KvkNumber == kvk, cancellationToken);
        if (await emails.QueueAlreadyRegisteredIfTakenAsync(command.Email, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var userId = await identity.CreateAsync(command.Email, command.Password, Roles.Employer, command.Culture,
            emailConfirmed: false, cancellationToken);
        // A broken rule throws here and the transaction rolls the new account back.
        db.Employers.Add(Employer.Register(command.OrganisationName, kvk, kvkTaken, userId, clock.GetUtcNow()));
        await emails.QueueConfirmationAsync(userId, command.Email, command.Culture, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
