namespace TalentMatch.Application.Common.Interfaces;

public enum EmailEventBatchStatus
{
    /// <summary>Authentic, fresh and readable: <see cref="EmailEventBatch.Events"/> holds the events.</summary>
    Accepted = 0,

    /// <summary>No verification key is configured, so no delivery can be trusted.</summary>
    NotConfigured = 1,

    /// <summary>The signature or its timestamp is missing, or the signature does not match the body.</summary>
    NotAuthentic = 2,

    /// <summary>Correctly signed, but at a time outside the accepted window (a replay, or a wrong clock).</summary>
    Expired = 3,

    /// <summary>Authentic, but not the event list the provider documents.</summary>
    Malformed = 4,
}
