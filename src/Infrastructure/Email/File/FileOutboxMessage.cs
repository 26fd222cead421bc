namespace TalentMatch.Infrastructure.Email.File;

/// <summary>A message from the file outbox with its parts; a part the message lacks is null.</summary>
public sealed record FileOutboxMessage(
    string FileName,
    DateTimeOffset Date,
    string From,
    string To,
    string Subject,
    string MessageId,
    string? TextBody,
    string? HtmlBody);
