using Mediator;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;

namespace TalentMatch.Application.Employers.GetMyOrganisation;

public sealed class GetMyOrganisationHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyOrganisationQuery, MyOrganisationDto>
{
    public async ValueTask<MyOrganisationDto> Handle(GetMyOrganisationQuery query, CancellationToken cancellationToken)
    {
        var (userId, e) = await db.LoadMyEmployerAsync(user, cancellationToken, tracking: false);
        return new MyOrganisationDto(e.Id.Value, e.Name, e.KvkNumber.Value, e.RegisteredAt,
            [.. e.Sectors.Select(s => s.Code)], [.. e.Locations.Select(l => l.PlaceName)], e.IsRecognisedSponsor,
            e.SponsorCheckedOn, e.OffersRelocationSupport, e.OffersHousing, e.IsOwner(userId));
    }
}
