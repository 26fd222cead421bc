using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Notifications;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Mail;

/// <summary>SendGrid's signed event webhook over HTTP: what suppresses, what is refused, and that nothing else changes.</summary>
public sealed class EmailWebhookTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Post_SignedHardBounce_SuppressesTheAddressAndStoresOnlyItsHash()
    {
        var response = await _client.SendAsync(WebhookApp.Delivery(
            Events(("bounce", "hard.bounce@example.test", """ "type":"bounce", "reason":"550 5.1.1 unknown user" """))));

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
        var response = await _client.SendAsync(WebhookApp.Delivery(Events((type, address, null))));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.SuppressionsOfAsync(address)).ShouldHaveSingleItem().Reason.ShouldBe(reason);
    }

    [Fact]
    public async Task Post_SignedSoftBounceAndOtherEvents_SuppressNothing()
    {
        var response = await _client.SendAsync(WebhookApp.Delivery(Events(
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
        var body = Events(("bounce", "twice@example.test", """ "sg_event_id":"ev-twice" """));

        (await _client.SendAsync(WebhookApp.Delivery(body))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.SendAsync(WebhookApp.Delivery(body))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.SendAsync(WebhookApp.Delivery(Events(("bounce", "twice@example.test", null),
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

        var response = await _client.SendAsync(WebhookApp.Delivery(Events(
            ("bounce", "noted@example.test", """ "type":"blocked", "idempotency_key":"alert:webhook:1", "timestamp":1764062400 """))));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var row = await app.WithDbAsync(db => db.OutboundEmails.AsNoTracking().SingleAsync(e => e.Id == email.Id));
        (row.ReportedProblem, row.ReportedProblemAt).ShouldBe((DeliveryProblem.Blocked, DateTimeOffset.FromUnixTimeSeconds(1764062400)));
        row.Status.ShouldBe(email.Status);
    }

    public static TheoryData<string> Refusals() => ["tampered", "other-key", "no-headers", "no-signature", "stale", "future", "garbage"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Post_NotAuthenticOrNotFresh_Is401AndRecordsNothing(string refusal)
    {
        var address = $"refused.{refusal}@example.test";
        var body = Encoding.UTF8.GetBytes(Events(("bounce", address, null)));
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = WebhookApp.Now();
        var request = refusal switch
        {
            "tampered" => WebhookApp.Delivery(Encoding.UTF8.GetBytes(Events(("bounce", address, null)) + " "), now,
                WebhookApp.Sign(now, body)),
            "other-key" => WebhookApp.Delivery(body, now, WebhookApp.Sign(now, body, otherKey)),
            "no-headers" => WebhookApp.Delivery(body, signed: false),
            "no-signature" => WithTimestampOnly(body, now),
            "stale" => WebhookApp.Delivery(body, WebhookApp.Now(TimeSpan.FromMinutes(-11))),
            "future" => WebhookApp.Delivery(body, WebhookApp.Now(TimeSpan.FromMinutes(5))),
            _ => WebhookApp.Delivery(body, now, "MEUCIQ=="),
        };

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().ShouldBe(401);
        (await app.SuppressionsOfAsync(address)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"event":"bounce","email":"object.not.array@example.test"}""")]
    [InlineData("""[{"email":"no.event@example.test"}]""")]
    [InlineData("")]
    public async Task Post_SignedButNotAnEventArray_Is400(string body)
    {
        var response = await _client.SendAsync(WebhookApp.Delivery(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await app.SuppressionsOfAsync("object.not.array@example.test")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_SignedBounceWithoutAddress_Is400ValidationProblem()
    {
        var response = await _client.SendAsync(WebhookApp.Delivery("""[{"event":"bounce","type":"bounce"}]"""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("Events[0].Address", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Post_BodyOverOneMegabyte_Is413()
    {
        var body = Encoding.UTF8.GetBytes(Events(("bounce", "too.large@example.test", $"\"pad\":\"{new string('x', 1024 * 1024)}\"")));

        var response = await _client.SendAsync(WebhookApp.Delivery(body));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await app.SuppressionsOfAsync("too.large@example.test")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ChunkedBodyOverOneMegabyte_Is413()
    {
        var body = new byte[(1024 * 1024) + 1];
        var request = WebhookApp.Delivery(body);
        request.Content = new ChunkedContent(body);

        (await _client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_ChunkedSignedBounce_IsReadWhole()
    {
        var body = Encoding.UTF8.GetBytes(Events(("bounce", "chunked@example.test", null)));
        var request = WebhookApp.Delivery(body);
        request.Content = new ChunkedContent(body);

        (await _client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.IsSuppressedAsync("chunked@example.test")).ShouldBeTrue();
    }

    private static HttpRequestMessage WithTimestampOnly(byte[] body, string timestamp)
    {
        var request = WebhookApp.Delivery(body, signed: false);
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        return request;
    }

    /// <summary>A JSON array as SendGrid posts it; <c>extra</c> is more members of the event object.</summary>
    private static string Events(params (string Event, string Email, string? Extra)[] events) =>
        "[" + string.Join(",", events.Select(e =>
            $$"""{"email":"{{e.Email}}","timestamp":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"event":"{{e.Event}}","sg_message_id":"m"{{(e.Extra is null ? "" : "," + e.Extra)}}}""")) + "]";
}
