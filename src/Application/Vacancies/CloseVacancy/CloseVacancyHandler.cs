using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.CloseVacancy;

public sealed class CloseVacancyHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CloseVacancyCommand>
{
    public async ValueTask<Unit> Handle(CloseVacancyCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer, vacancy) = await db.LoadOwnVacancyAsync(user, command.Id, cancellationToken);
        vacancy.Close(employer, userId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
