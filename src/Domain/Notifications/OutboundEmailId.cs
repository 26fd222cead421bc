namespace TalentMatch.Domain.Notifications;

public readonly record struct OutboundEmailId(Guid Value)
{
    public static OutboundEmailId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
