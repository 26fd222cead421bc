using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Support;

public static class TestEmails
{
    public const string FromAddress = "no-reply@talentmatch.test";
    public const string FromName = "TalentMatch Leiden";

    public static DateTimeOffset Start { get; } = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static EmailToSend Message(string key = "confirm-email:42:2026112509", string to = "anna@example.test",
        string subject = "Bevestig je e-mailadres") =>
        new(key, to, subject, "<p>Hallo <b>Anna</b></p>", "Hallo Anna");

    /// <summary>A realistic one-click unsubscribe link (a long token, as alerts will send).</summary>
    public static string UnsubscribeLink { get; } =
        "<https://talentmatch.example/alerts/unsubscribe?token=" + new string('t', 180) + ">";

    public static IReadOnlyDictionary<string, string> UnsubscribeHeaders { get; } = new Dictionary<string, string>
    {
        [EmailHeaders.ListUnsubscribe] = UnsubscribeLink,
        [EmailHeaders.ListUnsubscribePost] = EmailHeaders.OneClick,
    };

    public static EmailToSend WithUnsubscribe(string key = "alert:7:2026112509", string? link = null) =>
        Message(key) with
        {
            Headers = link is null
                ? UnsubscribeHeaders
                : new Dictionary<string, string>
                {
                    [EmailHeaders.ListUnsubscribe] = link,
                    [EmailHeaders.ListUnsubscribePost] = EmailHeaders.OneClick,
                },
        };

    public static OutboundEmail Outbound(string key, DateTimeOffset now, string to = "anna@example.test") =>
        OutboundEmail.Create(key, to, new EmailContent($"Subject {key}", $"<p>{key}</p>", key), now);

    public static OutboundEmail[] Outbound(int count, DateTimeOffset now) =>
        [.. Enumerable.Range(1, count).Select(i => Outbound($"key-{i:D3}", now, $"user{i}@example.test"))];
}
