namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>
/// The "Email:SendGrid" section; ApiKey is required when Email:Provider is SendGrid (keep it in secrets).
/// WebhookPublicKey turns on the signed event webhook, whatever the provider.
/// </summary>
public sealed class SendGridOptions
{
    public const string SectionName = "Email:SendGrid";

    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Base URL override (e.g. a local test listener); empty means SendGrid's own API host.</summary>
    public Uri? Host { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The event webhook's verification key as the SendGrid console shows it: base64 of a DER SubjectPublicKeyInfo
    /// (ECDSA P-256). Empty: the webhook endpoint refuses every delivery (503).
    /// </summary>
    public string WebhookPublicKey { get; set; } = string.Empty;

    /// <summary>How old a signed delivery may be (its timestamp header); older ones are refused as replays.</summary>
    public TimeSpan WebhookMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
