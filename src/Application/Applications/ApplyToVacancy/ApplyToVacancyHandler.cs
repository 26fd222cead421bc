using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Candidates.Cv;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.ApplyToVacancy;

public sealed class ApplyToVacancyHandler(IApplicationDbContext db, ICurrentUser user, ICvStore store,
    ApplicationEmails emails, TimeProvider clock, ILogger<ApplyToVacancyHandler> logger)
    : ICommandHandler<ApplyToVacancyCommand, Guid>
{
    public async ValueTask<Guid> Handle(ApplyToVacancyCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var id = new VacancyId(command.VacancyId);
        var vacancy = await db.Vacancies.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null || vacancy.Status == VacancyStatus.Draft)
        {
            throw new NotFoundException(nameof(Vacancy), command.VacancyId);   // drafts are never confirmed
        }

        var open = await db.JobApplications.OpenAsync(candidate.Id, vacancy.Id, cancellationToken);
        var copy = await store.CopyAsync(candidate, command.IncludeCv, cancellationToken);
        try
        {
            var application = JobApplication.Apply(candidate, vacancy, command.Motivation ?? string.Empty, copy,
                command.KeepForAYear, open, clock.GetUtcNow(), clock.Today());
            db.JobApplications.Add(application);
            var employer = await db.Employers.AsNoTracking().AsSplitQuery().FirstAsync(e => e.Id == vacancy.EmployerId, cancellationToken);
            await emails.ToEmployerAsync(employer, vacancy, null, EmailTemplate.ApplicationReceived,
                $"application-received:{application.Id}", application.Id.Value, cancellationToken);
            await db.SaveOpenApplicationAsync(application, cancellationToken);
            logger.LogInformation("Candidate {CandidateId} applied to vacancy {VacancyId}: application {ApplicationId}",
                candidate.Id, vacancy.Id, application.Id);
            return application.Id.Value;
        }
        catch
        {
            await store.DiscardAsync(copy);
            throw;
        }
    }
}
