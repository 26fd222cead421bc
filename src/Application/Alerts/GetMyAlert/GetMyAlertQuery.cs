using Mediator;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.GetMyAlert;

/// <summary>One of the signed-in person's alerts (anyone else's: not found).</summary>
public sealed record GetMyAlertQuery(Guid Id) : IQuery<AlertDto>;
