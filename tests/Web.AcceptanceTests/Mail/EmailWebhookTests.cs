using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Notifications;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Mail;

/// <summary>SendGrid's signed event webhook over HTTP: what suppresses an address, what does not, and what is noted.</summary>
public sealed class EmailWebhookTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Post_SignedHardBounce_SuppressesTheAddressAndStoresOnlyItsHash()
    {
        var response = await _client.SendAsync(WebhookApp.Delivery(
            WebhookApp.Events(("bounce", "hard.bounce@example.test", """ "type":"bounce", "reason":"550 5.1.1 unknown user" """))));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.IsSuppressedAsync("Hard.Bounce@example.test")).ShouldBeTrue();
        var row = (await app.SuppressionsOfAsync("hard.bounce@example.test")).ShouldHaveSingleItem();
        (row.AddressHash, row.Reason).ShouldBe((EmailAddressHash.Of("hard.bounce@example.test"), SuppressionReason.Bounce));
        var stored = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT AddressHash || '|' || Reason AS Value FROM EmailSuppressions").ToListAsync());
        stored.ShouldAllBe(v => !v.Contains('@') && !v.Contains("bounce@", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("spamreport", "spam.report@example.test", SuppressionReason.SpamReport)]
    [InlineData("dropped", "dropped.address@example.test", SuppressionReason.Dropped)]
    public async Task Post_SignedSpamReportOrDrop_SuppressesTheAddress(string type, string address, SuppressionReason reason)
    {
        var response = await _client.SendAsync(WebhookApp.Delivery(WebhookApp.Events((type, address, null))));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.SuppressionsOfAsync(address)).ShouldHaveSingleItem().Reason.ShouldBe(reason);
    }

    [Fact]
    public async Task Post_SignedSoftBounceAndOtherEvents_SuppressNothing()
    {
        var response = await _client.SendAsync(WebhookApp.Delivery(WebhookApp.Events(
            ("bounce", "soft.bounce@example.test", """ "type":"blocked" """),
            ("delivered", "delivered@example.test", null), ("open", "delivered@example.test", null),
            ("deferred", "delivered@example.test", """ "attempt":"2" """), ("processed", "delivered@example.test", null),
            ("unsubscribe", "delivered@example.test", null), ("group_unsubscribe", "delivered@example.test", null))));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.IsSuppressedAsync("soft.bounce@example.test")).ShouldBeFalse();
        (await app.IsSuppressedAsync("delivered@example.test")).ShouldBeFalse();
    }

    [Fact]
    public async Task Post_SameEventTwice_KeepsOneRow()
    {
        var body = WebhookApp.Events(("bounce", "twice@example.test", """ "sg_event_id":"ev-twice" """));

        (await _client.SendAsync(WebhookApp.Delivery(body))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.SendAsync(WebhookApp.Delivery(body))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.SendAsync(WebhookApp.Delivery(WebhookApp.Events(("bounce", "twice@example.test", null),
            ("bounce", "TWICE@example.test", null))))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await app.SuppressionsOfAsync("twice@example.test")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_BounceNamingAnOutboxMessage_NotesItThere()
    {
        var email = OutboundEmail.Create("alert:webhook:1", "noted@example.test",
            new EmailContent("s", "<p>h</p>", "t"), DateTimeOffset.UtcNow.AddMinutes(-5));
        await app.WithDbAsync(db =>
        {
            db.OutboundEmails.Add(email);
            return db.SaveChangesAsync();
        });

        var response = await _client.SendAsync(WebhookApp.Delivery(WebhookApp.Events(
            ("bounce", "noted@example.test", """ "type":"blocked", "idempotency_key":"alert:webhook:1", "timestamp":1764062400 """))));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var row = await app.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Id == email.Id));
        (row.ReportedProblem, row.ReportedProblemAt).ShouldBe((DeliveryProblem.Blocked, DateTimeOffset.FromUnixTimeSeconds(1764062400)));
        row.Status.ShouldBe(email.Status);
    }
}
