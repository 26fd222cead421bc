namespace TalentMatch.Infrastructure.Email.File;

/// <summary>One line of the development mailbox.</summary>
public sealed record FileOutboxEntry(string FileName, DateTimeOffset Date, string To, string Subject);
