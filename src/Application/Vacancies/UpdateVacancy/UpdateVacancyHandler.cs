using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.UpdateVacancy;

public sealed class UpdateVacancyHandler(IApplicationDbContext db, ICurrentUser user, VacancyDetailsFactory details,
    TimeProvider clock) : ICommandHandler<UpdateVacancyCommand>
{
    public async ValueTask<Unit> Handle(UpdateVacancyCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer, vacancy) = await db.LoadOwnVacancyAsync(user, command.Id, cancellationToken);
        vacancy.Edit(employer, details.Create(command.Fields), userId, clock.GetUtcNow(), clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
