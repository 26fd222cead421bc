namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>The "Email:SendGrid" section; ApiKey is required when Email:Provider is SendGrid (keep it in secrets).</summary>
public sealed class SendGridOptions
{
    public const string SectionName = "Email:SendGrid";

    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Base URL override (e.g. a local test listener); empty means SendGrid's own API host.</summary>
    public Uri? Host { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
