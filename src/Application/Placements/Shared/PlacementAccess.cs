using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Employers.Shared;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Domain.Placements;

namespace TalentMatch.Application.Placements.Shared;

public static class PlacementAccess
{
    /// <summary>A placement in one of the member's organisation's vacancies; anything else is "not found".</summary>
    public static async Task<(UserId User, Employer Employer, Placement Placement)> LoadPlacementForEmployerAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid placementId, CancellationToken cancellationToken,
        bool tracking = true)
    {
        var userId = user.Id ?? throw new NotFoundException(nameof(Placement), placementId);
        var employer = await db.Employers.AsNoTracking().AsSplitQuery().WithMember(userId).FirstOrDefaultAsync(cancellationToken);
        var id = new PlacementId(placementId);
        var placements = tracking ? db.Placements : db.Placements.AsNoTracking();
        var placement = employer is null ? null
            : await placements.FirstOrDefaultAsync(p => p.Id == id && p.EmployerId == employer.Id, cancellationToken);
        return placement is null ? throw new NotFoundException(nameof(Placement), placementId) : (userId, employer!, placement);
    }
}
