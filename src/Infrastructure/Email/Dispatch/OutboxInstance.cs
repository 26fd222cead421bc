using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>Who holds a lease: one id per process (machine, process id and a random part).</summary>
public sealed class OutboxInstance
{
    public OutboxInstance(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id.Length <= OutboundEmail.LeaseOwnerMaxLength ? id : id[..OutboundEmail.LeaseOwnerMaxLength];
    }

    public string Id { get; }

    public static OutboxInstance ForThisProcess()
    {
        var random = Guid.NewGuid().ToString("N")[..12];
        var machine = Environment.MachineName.Length <= 60 ? Environment.MachineName : Environment.MachineName[..60];
        return new OutboxInstance($"{machine}/{Environment.ProcessId}/{random}");
    }
}
