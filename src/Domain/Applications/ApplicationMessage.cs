using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications;

/// <summary>A plain-text message between the candidate and the employer inside an application.</summary>
public sealed class ApplicationMessage
{
    public const int TextMaxLength = 2_000;

    private ApplicationMessage() => Text = string.Empty;

    public Guid Id { get; private set; }

    public ApplicationSide Side { get; private set; }

    public UserId AuthorId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    internal static ApplicationMessage Create(ApplicationSide side, UserId author, string text, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), Side = side, AuthorId = author, Text = text, SentAt = now };
}
