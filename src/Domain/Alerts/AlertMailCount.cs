using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Alerts;

/// <summary>
/// How many alert e-mails one person got on one local (Europe/Amsterdam) calendar day: the daily cap's counter. The
/// mailer raises it with a conditional update (<c>Count &lt; cap</c>) in the transaction that queues the e-mail, so
/// the count is exact across instances. The key is (<see cref="OwnerId"/>, <see cref="Day"/>).
/// </summary>
public sealed class AlertMailCount
{
    private AlertMailCount()
    {
    }

    public UserId OwnerId { get; private set; }

    public DateOnly Day { get; private set; }

    public int Count { get; private set; }

    public static AlertMailCount Start(UserId owner, DateOnly day) => new() { OwnerId = owner, Day = day };
}
