using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Alerts.Shared;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Application.Common.Validation;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Alerts.CreateAlert;

public sealed class CreateAlertHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock,
    ILogger<CreateAlertHandler> logger) : ICommandHandler<CreateAlertCommand, AlertDto>
{
    public async ValueTask<AlertDto> Handle(CreateAlertCommand command, CancellationToken cancellationToken)
    {
        var owner = user.Id ?? throw new ForbiddenAccessException();
        var kind = EnumInput.ParseOptional<AlertKind>(command.Kind)!.Value;
        var vacancyTitle = await db.CheckAsync(user, kind, command.VacancyId, cancellationToken);
        var criteria = kind == AlertKind.SavedSearch ? AlertCriteria.From(command.Search!) : null;
        var mine = await db.AlertSubscriptions.Where(a => a.OwnerId == owner).ToListAsync(cancellationToken);
        var alert = AlertSubscription.Add(mine, owner, kind,
            string.IsNullOrWhiteSpace(command.Name) ? AlertNames.Default(kind, criteria, vacancyTitle) : command.Name,
            criteria, kind == AlertKind.MatchingCandidates ? command.VacancyId : null,
            EnumInput.ParseOptional<AlertFrequency>(command.Frequency) ?? AlertFrequency.Instant,
            AlertTimes.QuietHours(command.QuietFrom, command.QuietUntil),
            SupportedCultures.OrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), clock.GetUtcNow());
        db.AlertSubscriptions.Add(alert);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Alert {AlertId} ({AlertKind}, {AlertFrequency}) created by {UserId}", alert.Id.Value,
            alert.Kind, alert.Frequency, owner.Value);
        return AlertMapper.ToDto(alert, vacancyTitle);
    }
}
