using Mediator;
using TalentMatch.Application.Alerts.Shared;

namespace TalentMatch.Application.Alerts.ChangeAlert;

/// <summary>
/// Replaces what can change of one's own alert: name, frequency (<c>Instant</c>, <c>Daily</c>, <c>Weekly</c>), quiet
/// hours (local "hh:mm", both or neither) and paused. What it watches stays; for another search, make a new alert.
/// </summary>
public sealed record ChangeAlertCommand(
    Guid Id, string? Name, string? Frequency, string? QuietFrom = null, string? QuietUntil = null, bool Paused = false)
    : ICommand<AlertDto>;
