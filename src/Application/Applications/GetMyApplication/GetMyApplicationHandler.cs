using Mediator;
using TalentMatch.Application.Applications.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Applications.GetMyApplication;

public sealed class GetMyApplicationHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyApplicationQuery, MyApplicationDto>
{
    public async ValueTask<MyApplicationDto> Handle(GetMyApplicationQuery query, CancellationToken cancellationToken)
    {
        var (_, application) = await db.LoadMineAsync(user, query.ApplicationId, cancellationToken, tracking: false);
        var (vacancy, employer) = await db.PartiesAsync(application.VacancyId, cancellationToken);
        return application.ToMine(vacancy.Title, employer.Name);
    }
}
