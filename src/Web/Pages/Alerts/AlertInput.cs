namespace TalentMatch.Web.Pages.Alerts;

/// <summary>The change form of an alert: name, how often, quiet hours (local hh:mm) and paused.</summary>
public sealed class AlertInput
{
    public string Name { get; set; } = string.Empty;

    public string Frequency { get; set; } = "Instant";

    public string? QuietFrom { get; set; }

    public string? QuietUntil { get; set; }

    public bool Paused { get; set; }
}
