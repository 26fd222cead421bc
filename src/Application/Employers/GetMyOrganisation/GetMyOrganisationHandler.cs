using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Employers;

namespace TalentMatch.Application.Employers.GetMyOrganisation;

public sealed class GetMyOrganisationHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyOrganisationQuery, MyOrganisationDto>
{
    public async ValueTask<MyOrganisationDto> Handle(GetMyOrganisationQuery query, CancellationToken cancellationToken)
    {
        var userId = user.Id ?? throw new ForbiddenAccessException();
        var employer = await db.Employers.AsNoTracking()
            .SingleOrDefaultAsync(e => e.OwnerId == userId, cancellationToken)
            ?? throw new NotFoundException(nameof(Employer), userId);
        return new MyOrganisationDto(employer.Id.Value, employer.Name, employer.KvkNumber.Value, employer.RegisteredAt);
    }
}
