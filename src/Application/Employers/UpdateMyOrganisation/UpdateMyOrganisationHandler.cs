using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Time;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Application.Places;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Taxonomy;

namespace TalentMatch.Application.Employers.UpdateMyOrganisation;

public sealed class UpdateMyOrganisationHandler(IApplicationDbContext db, ICurrentUser user, IPlaceDirectory places,
    TimeProvider clock) : ICommandHandler<UpdateMyOrganisationCommand>
{
    public async ValueTask<Unit> Handle(UpdateMyOrganisationCommand command, CancellationToken cancellationToken)
    {
        var (userId, employer) = await db.LoadOwnedEmployerAsync(user, cancellationToken);
        employer.UpdateDetails(userId, new EmployerDetails(command.Name,
            [.. (command.Sectors ?? []).Select(Sector.FromCode).OfType<Sector>()],
            [.. (command.Locations ?? []).Select(places.Find).OfType<Domain.Places.Place>()],
            command.IsRecognisedSponsor, command.SponsorCheckedOn, command.OffersRelocationSupport,
            command.OffersHousing), clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
