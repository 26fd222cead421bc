namespace TalentMatch.Domain.Notifications;

/// <summary>What a recipient reads: a subject with an HTML and a plain-text part.</summary>
public sealed record EmailContent(string Subject, string HtmlBody, string TextBody);
