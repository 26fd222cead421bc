namespace TalentMatch.Application.Alerts.GetUnsubscribeLink;

/// <summary>The link's language and the names of its alerts that still exist (none: already unsubscribed).</summary>
public sealed record UnsubscribeLinkDto(string Culture, IReadOnlyList<string> AlertNames);
