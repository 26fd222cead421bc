namespace TalentMatch.Application.Alerts.Mailing;

/// <summary>
/// How alert mail is paced: at most <paramref name="DailyCapPerUser"/> alert e-mails a person a local calendar day
/// (more waits for the next day), digests at <paramref name="DigestTime"/> local time (weekly ones on Monday).
/// </summary>
public sealed record AlertMailingPolicy(int DailyCapPerUser, TimeOnly DigestTime)
{
    /// <summary>Items listed per alert in one e-mail, the best first; the rest are counted, with a link to see them.</summary>
    public const int ItemsShownPerSection = 25;

    public static AlertMailingPolicy Default { get; } = new(10, new TimeOnly(8, 0));
}
