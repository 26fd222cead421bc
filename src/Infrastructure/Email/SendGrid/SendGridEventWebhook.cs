using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>
/// SendGrid's signed event webhook: the signature must match the exact body bytes, and its timestamp may be at
/// most <see cref="SendGridOptions.WebhookMaxAge"/> old and <see cref="ClockSkew"/> ahead of our clock. Inside
/// that window a replay is accepted; recording the events is idempotent, so it changes nothing.
/// </summary>
public sealed partial class SendGridEventWebhook(IOptions<SendGridOptions> options, TimeProvider clock,
    ILogger<SendGridEventWebhook> logger) : IEmailEventWebhook
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly Lazy<byte[]?> _key = new(() => SendGridWebhookKey.TryParse(options.Value.WebhookPublicKey));

    public bool IsConfigured => _key.Value is not null;

    public EmailEventBatch Read(ReadOnlyMemory<byte> body, string? signature, string? timestamp)
    {
        var status = Check(body, signature, timestamp, out var signedAt);
        if (status != EmailEventBatchStatus.Accepted)
        {
            Refused(logger, status, body.Length);
            return EmailEventBatch.Refused(status);
        }

        if (SendGridEvents.TryParse(body, signedAt) is not { } events)
        {
            Refused(logger, EmailEventBatchStatus.Malformed, body.Length);
            return EmailEventBatch.Refused(EmailEventBatchStatus.Malformed);
        }

        return new EmailEventBatch(EmailEventBatchStatus.Accepted, events);
    }

    private EmailEventBatchStatus Check(ReadOnlyMemory<byte> body, string? signature, string? timestamp,
        out DateTimeOffset signedAt)
    {
        signedAt = default;
        if (_key.Value is not { } key)
        {
            return EmailEventBatchStatus.NotConfigured;
        }

        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp)
            || !SendGridSignature.IsValid(key, timestamp, body.Span, signature))
        {
            return EmailEventBatchStatus.NotAuthentic;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return EmailEventBatchStatus.Expired;
        }

        signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var now = clock.GetUtcNow();
        return now - signedAt > options.Value.WebhookMaxAge || signedAt - now > ClockSkew
            ? EmailEventBatchStatus.Expired
            : EmailEventBatchStatus.Accepted;
    }

    [LoggerMessage(1, LogLevel.Warning, "SendGrid event webhook delivery refused: {Status} ({Bytes} bytes)")]
    private static partial void Refused(ILogger logger, EmailEventBatchStatus status, int bytes);
}
