using Mediator;

namespace TalentMatch.Application.Alerts.DeleteAlert;

/// <summary>Deletes one's own alert and what it found; nothing more is mailed for it.</summary>
public sealed record DeleteAlertCommand(Guid Id) : ICommand;
