using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.Dispatch;

/// <summary>A claim on one message: valid while the row still carries this owner and expiry.</summary>
public sealed record OutboxLease(OutboundEmailId Id, string Owner, DateTimeOffset ExpiresAt);
