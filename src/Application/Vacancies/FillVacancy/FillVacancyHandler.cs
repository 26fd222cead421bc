using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.FillVacancy;

public sealed class FillVacancyHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<FillVacancyCommand>
{
    public async ValueTask<Unit> Handle(FillVacancyCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer, vacancy) = await db.LoadOwnVacancyAsync(user, command.Id, cancellationToken);
        vacancy.MarkFilled(employer, userId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
