using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Vacancies.Shared;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Applications.InviteCandidate;

public sealed class InviteCandidateHandler(IApplicationDbContext db, ICurrentUser user, PairMatch pairs,
    ApplicationEmails emails, TimeProvider clock, ILogger<InviteCandidateHandler> logger)
    : ICommandHandler<InviteCandidateCommand, Guid>
{
    public async ValueTask<Guid> Handle(InviteCandidateCommand command, CancellationToken cancellationToken)
    {
        var (userId, _, vacancy) = await db.LoadOwnVacancyAsync(user, command.VacancyId, cancellationToken);
        var id = new CandidateId(command.CandidateId);
        // A candidate who is not visible is "not found", as in the search: employers never learn hidden ids.
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.VisibleToEmployers,
            cancellationToken) ?? throw new NotFoundException(nameof(Candidate), command.CandidateId);
        var today = clock.Today();
        var open = await db.JobApplications.OpenAsync(candidate.Id, vacancy.Id, cancellationToken);
        var application = JobApplication.Invite(vacancy, candidate, pairs.Matches(candidate, vacancy, today), open,
            userId, command.Message, clock.GetUtcNow(), today);
        db.JobApplications.Add(application);
        await emails.ToCandidateAsync(candidate.Id, EmailTemplate.JobInvitation, $"job-invitation:{application.Id}",
            application.Id.Value, cancellationToken);
        await db.SaveOpenApplicationAsync(application, cancellationToken);
        logger.LogInformation("Vacancy {VacancyId} invited candidate {CandidateId}: application {ApplicationId}",
            vacancy.Id, candidate.Id, application.Id);
        return application.Id.Value;
    }
}
