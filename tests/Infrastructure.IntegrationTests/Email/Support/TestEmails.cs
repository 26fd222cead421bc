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

    public static OutboundEmail Outbound(string key, DateTimeOffset now, string to = "anna@example.test") =>
        OutboundEmail.Create(key, to, new EmailContent($"Subject {key}", $"<p>{key}</p>", key), now);

    public static OutboundEmail[] Outbound(int count, DateTimeOffset now) =>
        [.. Enumerable.Range(1, count).Select(i => Outbound($"key-{i:D3}", now, $"user{i}@example.test"))];
}
