using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Alerts.Unsubscribe;

public sealed class UnsubscribeHandler(IApplicationDbContext db, IUnsubscribeTokens tokens, ILogger<UnsubscribeHandler> logger)
    : ICommandHandler<UnsubscribeCommand, UnsubscribedDto>
{
    public async ValueTask<UnsubscribedDto> Handle(UnsubscribeCommand command, CancellationToken cancellationToken)
    {
        var token = tokens.ReadOrThrow(command.Token);
        var ids = token.Subscriptions.ToList();
        // One statement: two clicks at once delete once, and the second sees 0 (their deliveries go by cascade).
        var removed = await db.AlertSubscriptions.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Unsubscribe link for alerts {AlertIds} deleted {Removed}", string.Join(",", ids), removed);
        return new UnsubscribedDto(token.Culture, removed);
    }
}
