using Mediator;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.ListMyAlerts;

/// <summary>The signed-in person's alerts, oldest first.</summary>
public sealed record ListMyAlertsQuery : IQuery<IReadOnlyList<AlertDto>>;
