using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Applications.GetApplication;

public sealed class GetApplicationHandler(IApplicationDbContext db, ICurrentUser user, ApplicationMapper mapper)
    : IQueryHandler<GetApplicationQuery, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var (_, _, application) = await db.LoadForEmployerAsync(user, query.ApplicationId, cancellationToken, tracking: false);
        var (vacancy, _) = await db.PartiesAsync(application.VacancyId, cancellationToken);
        return await mapper.ToDtoAsync(application, vacancy.Title, cancellationToken);
    }
}
