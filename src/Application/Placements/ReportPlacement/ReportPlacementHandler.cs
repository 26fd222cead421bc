using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Placements.ReportPlacement;

public sealed class ReportPlacementHandler(IApplicationDbContext db, ICurrentUser user, PairMatch pairs,
    JobSnapshots snapshots, ApplicationEmails emails, TimeProvider clock, ILogger<ReportPlacementHandler> logger)
    : ICommandHandler<ReportPlacementCommand, Guid>
{
    public async ValueTask<Guid> Handle(ReportPlacementCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().MineAsync(user, cancellationToken);
        var id = new VacancyId(command.VacancyId);
        var vacancy = await db.Vacancies.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null || vacancy.Status == VacancyStatus.Draft)
        {
            throw new NotFoundException(nameof(Vacancy), command.VacancyId);
        }

        var appliedHere = await db.JobApplications.AnyAsync(a => a.CandidateId == candidate.Id && a.VacancyId == id
            && a.ContactSharedAt != null, cancellationToken);
        var recorded = await db.Placements.AnyAsync(p => p.CandidateId == candidate.Id && p.VacancyId == id
            && p.Status != PlacementStatus.Rejected, cancellationToken);
        var placement = Placement.Report(candidate, vacancy, snapshots.UnitGroupOf(vacancy),
            pairs.Matches(candidate, vacancy, clock.Today()), appliedHere, recorded, command.StartDate, clock.GetUtcNow());
        db.Placements.Add(placement);
        var (_, employer) = await db.PartiesAsync(vacancy.Id, cancellationToken);
        await emails.ToEmployerAboutVacancyAsync(employer, vacancy, EmailTemplate.PlacementReported,
            $"placement-reported:{placement.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Candidate {CandidateId} reported placement {PlacementId} for vacancy {VacancyId}",
            candidate.Id, placement.Id, vacancy.Id);
        return placement.Id.Value;
    }
}
