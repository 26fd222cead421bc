namespace TalentMatch.Domain.Notifications;

/// <summary>
/// An address that must not get optional mail (alerts) any more, because mail to it bounced or its owner reported
/// it as spam (SendGrid's event webhook). Only a hash of the normalised address is kept, so the table holds no
/// address; <see cref="AddressHash"/> is unique.
/// </summary>
public sealed class EmailSuppression
{
    public const int AddressHashLength = 64;
    public const int ReasonMaxLength = 30;

    private EmailSuppression() => AddressHash = string.Empty;

    public long Id { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the trimmed, lower-cased address (<see cref="EmailAddressHash"/>).</summary>
    public string AddressHash { get; private set; }

    public SuppressionReason Reason { get; private set; }

    public DateTimeOffset SuppressedAt { get; private set; }

    public static EmailSuppression Of(string address, SuppressionReason reason, DateTimeOffset now) =>
        new() { AddressHash = EmailAddressHash.Of(address), Reason = reason, SuppressedAt = now };

    /// <summary>
    /// Which reported problems suppress the address: a hard bounce, a drop and a spam report do; a soft bounce
    /// (<see cref="DeliveryProblem.Blocked"/>) does not, the next message may well arrive.
    /// </summary>
    public static SuppressionReason? ReasonFor(DeliveryProblem problem) => problem switch
    {
        DeliveryProblem.Bounced => SuppressionReason.Bounce,
        DeliveryProblem.Dropped => SuppressionReason.Dropped,
        DeliveryProblem.SpamReport => SuppressionReason.SpamReport,
        _ => null,
    };
}
