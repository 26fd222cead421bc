using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TalentMatch.Web.AcceptanceTests.Mail;

/// <summary>Deliveries the webhook refuses: not authentic or not fresh (401), unreadable (400), too large (413).</summary>
public sealed class EmailWebhookRefusalTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private readonly HttpClient _client = app.CreateClient();

    public static TheoryData<string> Refusals() => ["tampered", "other-key", "no-headers", "no-signature", "stale", "future", "garbage"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Post_NotAuthenticOrNotFresh_Is401AndRecordsNothing(string refusal)
    {
        var address = $"refused.{refusal}@example.test";
        var body = Encoding.UTF8.GetBytes(WebhookApp.Events(("bounce", address, null)));
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = WebhookApp.Now();
        var request = refusal switch
        {
            "tampered" => WebhookApp.Delivery(Encoding.UTF8.GetBytes(WebhookApp.Events(("bounce", address, null)) + " "), now,
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
        var body = Encoding.UTF8.GetBytes(WebhookApp.Events(("bounce", "too.large@example.test", $"\"pad\":\"{new string('x', 1024 * 1024)}\"")));

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
        var body = Encoding.UTF8.GetBytes(WebhookApp.Events(("bounce", "chunked@example.test", null)));
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
}
