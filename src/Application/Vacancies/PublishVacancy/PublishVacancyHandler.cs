using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Vacancies.Shared;

namespace TalentMatch.Application.Vacancies.PublishVacancy;

public sealed class PublishVacancyHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock,
    ILogger<PublishVacancyHandler> logger) : ICommandHandler<PublishVacancyCommand>
{
    public async ValueTask<Unit> Handle(PublishVacancyCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer, vacancy) = await db.LoadOwnVacancyAsync(user, command.Id, cancellationToken);
        vacancy.Publish(employer, userId, clock.GetUtcNow(), clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Vacancy {VacancyId} published", vacancy.Id.Value);
        return Unit.Value;
    }
}
