namespace TalentMatch.Application.Alerts.Mailing;

public enum AlertMailOutcome
{
    /// <summary>The e-mail is in the outbox and its deliveries are marked mailed (one transaction).</summary>
    Queued = 0,

    /// <summary>Today's cap is reached: nothing changed, the items wait for tomorrow.</summary>
    CapReached = 1,

    /// <summary>Another instance (or an earlier attempt) mailed some of these items or used the key: rolled back.</summary>
    AlreadyMailed = 2,
}
