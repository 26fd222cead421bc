using TalentMatch.Domain.Alerts;

namespace TalentMatch.Application.Common.Interfaces;

/// <summary>What an unsubscribe link names: the alerts of one e-mail (one, or all of a digest) and the language.</summary>
public sealed record UnsubscribeToken(IReadOnlyList<AlertSubscriptionId> Subscriptions, string Culture)
{
    /// <summary>No more than one person can have, so a token stays small enough for a header line.</summary>
    public const int MaxSubscriptions = AlertSubscription.MaxPerOwner;
}
