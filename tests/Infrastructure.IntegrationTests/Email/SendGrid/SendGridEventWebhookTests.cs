using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email.SendGrid;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

public sealed class SendGridEventWebhookTests : IDisposable
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""[{"event":"bounce","email":"a@example.test"}]""");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly WebhookSigner _signer = new();

    [Fact]
    public void Read_FreshSignedDelivery_IsAcceptedWithItsEvents()
    {
        var batch = Read(_clock.GetUtcNow());

        batch.Status.ShouldBe(EmailEventBatchStatus.Accepted);
        batch.Events.ShouldHaveSingleItem().Address.ShouldBe("a@example.test");
    }

    [Theory]
    [InlineData(-600, EmailEventBatchStatus.Accepted)]
    [InlineData(-601, EmailEventBatchStatus.Expired)]
    [InlineData(-86400, EmailEventBatchStatus.Expired)]
    [InlineData(60, EmailEventBatchStatus.Accepted)]
    [InlineData(61, EmailEventBatchStatus.Expired)]
    public void Read_SignedAtAnotherTime_IsAcceptedOnlyInsideTheWindow(int offsetSeconds, EmailEventBatchStatus status)
    {
        Read(_clock.GetUtcNow().AddSeconds(offsetSeconds)).Status.ShouldBe(status);
    }

    [Fact]
    public void Read_WithALongerConfiguredMaxAge_AcceptsOlderDeliveries()
    {
        var signedAt = _clock.GetUtcNow().AddMinutes(-30);
        var timestamp = WebhookSigner.TimestampOf(signedAt);

        var batch = Webhook(_signer.PublicKey, TimeSpan.FromHours(1)).Read(Body, _signer.Sign(timestamp, Body), timestamp);

        batch.Status.ShouldBe(EmailEventBatchStatus.Accepted);
    }

    [Theory]
    [InlineData(null, "1764061200")]
    [InlineData("", "1764061200")]
    [InlineData("sig", null)]
    [InlineData("sig", " ")]
    public void Read_WithoutSignatureOrTimestamp_IsNotAuthentic(string? signature, string? timestamp)
    {
        var batch = Webhook().Read(Body, signature == "sig" ? _signer.Sign("1764061200", Body) : signature, timestamp);

        batch.Status.ShouldBe(EmailEventBatchStatus.NotAuthentic);
        batch.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Read_SignedTimestampThatIsNotANumber_IsRefused()
    {
        var batch = Webhook().Read(Body, _signer.Sign("+1764061200", Body), "+1764061200");

        batch.Status.ShouldBe(EmailEventBatchStatus.Expired);
    }

    [Fact]
    public void Read_SignedButNotAnEventArray_IsMalformed()
    {
        var body = """{"event":"bounce"}"""u8.ToArray();
        var timestamp = WebhookSigner.TimestampOf(_clock.GetUtcNow());

        Webhook().Read(body, _signer.Sign(timestamp, body), timestamp).Status.ShouldBe(EmailEventBatchStatus.Malformed);
    }

    [Fact]
    public void Read_WithoutAConfiguredKey_IsNotConfigured()
    {
        var timestamp = WebhookSigner.TimestampOf(_clock.GetUtcNow());
        var webhook = Webhook(publicKey: "");

        webhook.IsConfigured.ShouldBeFalse();
        webhook.Read(Body, _signer.Sign(timestamp, Body), timestamp).Status.ShouldBe(EmailEventBatchStatus.NotConfigured);
    }

    public void Dispose() => _signer.Dispose();

    private EmailEventBatch Read(DateTimeOffset signedAt)
    {
        var timestamp = WebhookSigner.TimestampOf(signedAt);
        return Webhook().Read(Body, _signer.Sign(timestamp, Body), timestamp);
    }

    private SendGridEventWebhook Webhook(string? publicKey = null, TimeSpan? maxAge = null) => new(
        Options.Create(new SendGridOptions
        {
            WebhookPublicKey = publicKey ?? _signer.PublicKey,
            WebhookMaxAge = maxAge ?? TimeSpan.FromMinutes(10),
        }),
        _clock, NullLogger<SendGridEventWebhook>.Instance);
}
