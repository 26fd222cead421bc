using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Applications.WithdrawApplication;

public sealed class WithdrawApplicationHandler(IApplicationDbContext db, ICurrentUser user, ApplicationEmails emails,
    TimeProvider clock) : ICommandHandler<WithdrawApplicationCommand>
{
    public async ValueTask<Unit> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken)
    {
        var (candidate, application) = await db.LoadMineAsync(user, command.ApplicationId, cancellationToken);
        application.Withdraw(candidate.UserId, clock.GetUtcNow());
        var (vacancy, employer) = await db.PartiesAsync(application.VacancyId, cancellationToken);
        await emails.ToEmployerAsync(employer, vacancy, application.InvitedBy, EmailTemplate.ApplicationWithdrawn,
            $"application-withdrawn:{application.Id}", application.Id.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
