namespace TalentMatch.Application.Alerts.ChangeAlert;

/// <summary>The body of <c>PUT /api/v1/me/alerts/{id}</c>.</summary>
public sealed record ChangeAlertFields(
    string? Name, string? Frequency, string? QuietFrom = null, string? QuietUntil = null, bool Paused = false);
