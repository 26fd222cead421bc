using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Application.Placements.Shared;
using TalentMatch.Domain.Placements;
using TalentMatch.Domain.Vacancies;

namespace TalentMatch.Application.Placements.ConfirmPlacement;

public sealed class ConfirmPlacementHandler(IApplicationDbContext db, ICurrentUser user, ApplicationEmails emails,
    TimeProvider clock) : ICommandHandler<ConfirmPlacementCommand>
{
    public async ValueTask<Unit> Handle(ConfirmPlacementCommand command, CancellationToken cancellationToken)
    {
        var (userId, _, placement) = await db.LoadPlacementForEmployerAsync(user, command.PlacementId, cancellationToken);
        var terms = PlacementTerms.Create(command.StartDate!.Value, command.HoursPerWeek!.Value,
            EnumInput.ParseOptional<ContractType>(command.ContractType)!.Value, command.SponsorNeeded, command.HousingArranged);
        placement.Confirm(terms, userId, clock.GetUtcNow());
        await emails.ToCandidateAboutPlacementAsync(placement.CandidateId, EmailTemplate.PlacementAnswered,
            $"placement-answered:{placement.Id}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
