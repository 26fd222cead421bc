using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Alerts.GetUnsubscribeLink;

public sealed class GetUnsubscribeLinkHandler(IApplicationDbContext db, IUnsubscribeTokens tokens)
    : IQueryHandler<GetUnsubscribeLinkQuery, UnsubscribeLinkDto>
{
    public async ValueTask<UnsubscribeLinkDto> Handle(GetUnsubscribeLinkQuery query, CancellationToken cancellationToken)
    {
        var token = tokens.ReadOrThrow(query.Token);
        var ids = token.Subscriptions.ToList();
        var names = await db.AlertSubscriptions.AsNoTracking().Where(a => ids.Contains(a.Id))
            .OrderBy(a => a.CreatedAt).Select(a => a.Name).ToListAsync(cancellationToken);
        return new UnsubscribeLinkDto(token.Culture, names);
    }
}
