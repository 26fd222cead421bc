using Mediator;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Domain.Applications;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Applications.HireCandidate;

public sealed class HireCandidateHandler(IApplicationDbContext db, ICurrentUser user, JobSnapshots snapshots,
    ApplicationEmails emails, TimeProvider clock, ILogger<HireCandidateHandler> logger)
    : ICommandHandler<HireCandidateCommand, Guid>
{
    public async ValueTask<Guid> Handle(HireCandidateCommand command, CancellationToken cancellationToken)
    {
        var (userId, _, application) = await db.LoadForEmployerAsync(user, command.ApplicationId, cancellationToken);
        var terms = PlacementTerms.Create(command.StartDate!.Value, command.HoursPerWeek!.Value,
            EnumInput.ParseOptional<ContractType>(command.ContractType)!.Value, command.SponsorNeeded, command.HousingArranged);
        var now = clock.GetUtcNow();
        application.Hire(userId, now);
        var (vacancy, _) = await db.PartiesAsync(application.VacancyId, cancellationToken);
        var placement = Placement.FromHire(application, vacancy, snapshots.UnitGroupOf(vacancy), terms, userId, now);
        db.Placements.Add(placement);
        await emails.ToCandidateAsync(application.CandidateId, EmailTemplate.ApplicationStageChanged,
            $"application-stage:{application.Id}:{ApplicationStage.Hired}", application.Id.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Application {ApplicationId} hired: placement {PlacementId}", application.Id, placement.Id);
        return placement.Id.Value;
    }
}
