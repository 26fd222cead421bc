namespace TalentMatch.Domain.Notifications;

/// <summary>What the mail provider reported after accepting a message (its event webhook).</summary>
public enum DeliveryProblem
{
    /// <summary>The receiving server refused the address for good (a hard bounce).</summary>
    Bounced = 0,

    /// <summary>The receiving server refused the message this time (a soft bounce, e.g. a full mailbox).</summary>
    Blocked = 1,

    /// <summary>The provider did not send it, because the address is on its own suppression list.</summary>
    Dropped = 2,

    /// <summary>The recipient marked the message as spam.</summary>
    SpamReport = 3,
}
