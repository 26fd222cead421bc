using System.Globalization;
using System.Text.Json;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;
using TalentMatch.Infrastructure.IntegrationTests.Email.Smtp;

namespace TalentMatch.Infrastructure.IntegrationTests.Alerts.Mailing;

/// <summary>
/// An alert e-mail end to end through the real adapters: mailer pass → outbox → dispatcher → MailKit against a local
/// SMTP listener, and the SendGrid client against a local HTTP listener. Both parts and both RFC 8058 headers arrive.
/// </summary>
public sealed class AlertMailThroughGatewaysTests
{
    [Fact]
    public async Task AlertEmail_OverSmtp_ArrivesLocalised_WithBothPartsAndOneClickHeaders_Once()
    {
        await using var server = new FakeSmtpServer();
        await using var harness = await AlertMailingHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["Email:Provider"] = "Smtp",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
        });
        var vacancies = await harness.PublishAsync(2);
        var (_, alert) = await harness.AlertWithItemsAsync("zofia@example.test", "nl", vacancies);

        (await harness.MailAsync()).EmailsQueued.ShouldBe(1);
        (await harness.DispatchAsync()).ShouldBe(1);
        (await harness.MailAsync()).EmailsQueued.ShouldBe(0);
        (await harness.DispatchAsync()).ShouldBe(0);

        var received = server.Received.ShouldHaveSingleItem();
        received.Recipients.ShouldBe(["zofia@example.test"]);
        var message = received.Message;
        message.Subject.ShouldBe("2 nieuwe vacatures voor je alert ‘Lassen in Leiden’");
        message.TextBody!.ShouldContain("Waarom dit past: Past bij “lasser”");
        message.TextBody!.ShouldContain($"{TestLinks.Base}/Vacancies/Details/{vacancies[1]}");
        message.HtmlBody!.ShouldContain("<html lang=\"nl\">");
        message.HtmlBody!.ShouldContain("Bouw &amp; Zoon");
        message.Headers[EmailHeaders.ListUnsubscribePost].ShouldBe(EmailHeaders.OneClick);
        AssertUnsubscribeHeader(harness, message.Headers[EmailHeaders.ListUnsubscribe]!, alert.Id);
        (await harness.DeliveriesAsync()).ShouldAllBe(d => d.MailedAt != null);
    }

    [Fact]
    public async Task AlertEmail_OverSendGrid_PostsBothContentsAndTheHeaders()
    {
        await using var api = new FakeSendGridApi();
        await using var harness = await AlertMailingHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["Email:Provider"] = "SendGrid",
            ["Email:SendGrid:ApiKey"] = "SG.test-key",
            ["Email:SendGrid:Host"] = api.BaseAddress.ToString(),
        });
        var vacancies = await harness.PublishAsync(1);
        var (_, alert) = await harness.AlertWithItemsAsync("ravi@example.test", "en", vacancies);

        await harness.MailAsync();
        (await harness.DispatchAsync()).ShouldBe(1);

        var json = JsonDocument.Parse(api.Requests.ShouldHaveSingleItem().Body).RootElement;
        json.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString().ShouldBe("ravi@example.test");
        json.GetProperty("subject").GetString().ShouldBe("1 new vacancy for your alert “Lassen in Leiden”");
        var content = json.GetProperty("content").EnumerateArray()
            .ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString()!);
        content["text/plain"].ShouldContain("Why it matches: Matches “lasser”");
        content["text/html"].ShouldContain($"href=\"{TestLinks.Base}/Vacancies/Details/{vacancies[0]}\"");
        // Message-wide "headers", or the personalization's (where the SendGrid client's AddHeaders puts them).
        var headers = json.TryGetProperty("headers", out var top) ? top : json.GetProperty("personalizations")[0].GetProperty("headers");
        headers.GetProperty(EmailHeaders.ListUnsubscribePost).GetString().ShouldBe(EmailHeaders.OneClick);
        AssertUnsubscribeHeader(harness, headers.GetProperty(EmailHeaders.ListUnsubscribe).GetString()!, alert.Id);
        json.GetProperty("custom_args").GetProperty("idempotency_key").GetString().ShouldStartWith($"alert:{alert.Id.Value:N}:");
    }

    private static void AssertUnsubscribeHeader(AlertMailingHarness harness, string header, Domain.Alerts.AlertSubscriptionId alert)
    {
        header.ShouldStartWith($"<{TestLinks.Base}/alerts/unsubscribe?token=");
        header.ShouldEndWith(">");
        var token = Uri.UnescapeDataString(header[(header.IndexOf("token=", StringComparison.Ordinal) + 6)..^1]);
        harness.Tokens.Read(token)!.Subscriptions.ShouldBe([alert]);
    }
}
