namespace TalentMatch.Domain.Alerts;

public readonly record struct AlertSubscriptionId(Guid Value)
{
    public static AlertSubscriptionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
