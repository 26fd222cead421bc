using Mediator;

namespace TalentMatch.Application.Alerts.Unsubscribe;

/// <summary>
/// One-click unsubscribe (RFC 8058): deletes the alerts the signed token names, without login. A second use finds
/// nothing to delete and says so (<see cref="UnsubscribedDto.Removed"/> 0); an altered token is refused (400).
/// </summary>
public sealed record UnsubscribeCommand(string? Token) : ICommand<UnsubscribedDto>;
