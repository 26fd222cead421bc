namespace TalentMatch.Domain.Notifications;

public enum SuppressionReason
{
    /// <summary>The receiving server refused the address for good (a hard bounce).</summary>
    Bounce = 0,

    /// <summary>The recipient marked a message as spam.</summary>
    SpamReport = 1,

    /// <summary>The provider dropped the message because the address is on its own suppression list.</summary>
    Dropped = 2,
}
