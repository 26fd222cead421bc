using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Rules;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers.Rules;

namespace TalentMatch.Application.Employers.AcceptInvitation;

public sealed class AcceptInvitationHandler(IApplicationDbContext db, IIdentityService identity, ICurrentUser user,
    TimeProvider clock) : ICommandHandler<AcceptInvitationCommand>
{
    public async ValueTask<Unit> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = InvitationTokens.Hash(command.Token);
        var employer = await db.Employers.AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Invitations.Any(i => i.Id == command.InvitationId), cancellationToken);
        var invitation = employer?.Invitations.First(i => i.Id == command.InvitationId);
        BusinessRules.Check(new InvitationMustBeOpen(invitation, hash, now));

        if (user.Id is { } signedIn)
        {
            var account = await identity.FindByIdAsync(signedIn, cancellationToken) ?? throw new ForbiddenAccessException();
            BusinessRules.Check(new InvitationIsForThisAddress(invitation!.Email, account.Email));
            BusinessRules.Check(new OnlyEmployerAccountsJoin(account.Roles.Contains(Roles.Employer)));
            var elsewhere = await db.Employers.WithMember(signedIn).AnyAsync(cancellationToken);
            employer!.AcceptInvitation(invitation.Id, hash, signedIn, elsewhere, now);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        if (await identity.FindByEmailAsync(invitation!.Email, cancellationToken) is not null)
        {
            throw new ValidationException(nameof(command.Password), Messages.Get("InvitationLogInFirst"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var userId = await identity.CreateAsync(invitation.Email, command.Password, Roles.Employer, command.Culture,
            emailConfirmed: true, cancellationToken);
        employer!.AcceptInvitation(invitation.Id, hash, userId, memberElsewhere: false, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
