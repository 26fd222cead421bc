using Mediator;

namespace TalentMatch.Application.Alerts.GetUnsubscribeLink;

/// <summary>
/// What an unsubscribe link would stop, to ask for confirmation (a GET changes nothing: mail scanners follow links).
/// Needs no login: the signed token is the permission.
/// </summary>
public sealed record GetUnsubscribeLinkQuery(string? Token) : IQuery<UnsubscribeLinkDto>;
