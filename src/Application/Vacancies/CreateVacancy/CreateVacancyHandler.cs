using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Vacancies.CreateVacancy;

public sealed class CreateVacancyHandler(IApplicationDbContext db, ICurrentUser user, VacancyDetailsFactory details,
    TimeProvider clock, ILogger<CreateVacancyHandler> logger) : ICommandHandler<CreateVacancyCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateVacancyCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer) = await db.LoadMyEmployerAsync(user, cancellationToken);
        var vacancy = Vacancy.Draft(employer, details.Create(command.Fields), userId, clock.GetUtcNow());
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Vacancy {VacancyId} drafted for employer {EmployerId}", vacancy.Id.Value, employer.Id.Value);
        return vacancy.Id.Value;
    }
}
