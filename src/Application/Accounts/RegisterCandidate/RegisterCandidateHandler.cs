using Mediator;
using TalentMatch.Application.Accounts.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Accounts.RegisterCandidate;

public sealed class RegisterCandidateHandler(IApplicationDbContext db, IIdentityService identity,
    AccountEmails emails, TimeProvider clock) : ICommandHandler<RegisterCandidateCommand>
{
    public async ValueTask<Unit> Handle(RegisterCandidateCommand command, CancellationToken cancellationToken)
    {
        if (await emails.QueueAlreadyRegisteredIfTakenAsync(command.Email, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var userId = await identity.CreateAsync(command.Email, command.Password, Roles.Candidate, command.Culture,
            emailConfirmed: false, cancellationToken);
        db.Candidates.Add(Candidate.Register(userId, command.DisplayName, clock.GetUtcNow()));
        await emails.QueueConfirmationAsync(userId, command.Email, command.Culture, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
