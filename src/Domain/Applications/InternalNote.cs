using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Applications;

/// <summary>A note by and for the employer's members. The candidate never sees it: no candidate view carries notes.</summary>
public sealed class InternalNote
{
    public const int TextMaxLength = 2_000;

    private InternalNote() => Text = string.Empty;

    public Guid Id { get; private set; }

    public UserId AuthorId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }

    internal static InternalNote Create(UserId author, string text, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), AuthorId = author, Text = text, At = now };
}
