using Mediator;
using TalentMatch.Application.Candidates.Shared;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Places;
using TalentMatch.Application.Taxonomy;

namespace TalentMatch.Application.Candidates.UpdateMyProfile;

public sealed class UpdateMyProfileHandler(IApplicationDbContext db, ICurrentUser user, ITaxonomy taxonomy,
    IPlaceDirectory places, TimeProvider clock) : ICommandHandler<UpdateMyProfileCommand>
{
    public async ValueTask<Unit> Handle(UpdateMyProfileCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.MineAsync(user, cancellationToken);
        var details = await new ProfileDetailsFactory(taxonomy, places, db).CreateAsync(command, cancellationToken);
        candidate.UpdateProfile(details, clock.GetUtcNow());   // the rules live in the domain
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
