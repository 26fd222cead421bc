namespace TalentMatch.Domain.Notifications;

public enum OutboundEmailStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}
