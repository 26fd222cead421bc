using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Alerts.Rules;

/// <summary>At most <see cref="AlertSubscription.MaxPerOwner"/> alerts per person, whatever they watch.</summary>
public sealed class AlertsPerOwnerAreLimited(int existing) : IBusinessRule
{
    public bool IsBroken() => existing >= AlertSubscription.MaxPerOwner;

    public string Code => "AlertLimitReached";

    public string Message => $"You already have {AlertSubscription.MaxPerOwner} alerts, the most one person can have. Delete one to add another.";
}
