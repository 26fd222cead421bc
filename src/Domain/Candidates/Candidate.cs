using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Candidates;

/// <summary>An international looking for work. The profile grows in later use cases.</summary>
public sealed class Candidate : Entity
{
    public const int DisplayNameMaxLength = 100;

    private Candidate() => DisplayName = string.Empty;

    public CandidateId Id { get; private set; }

    public UserId UserId { get; private set; }

    public string DisplayName { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public static Candidate Register(UserId userId, string displayName, DateTimeOffset now) => new()
    {
        Id = CandidateId.New(),
        UserId = userId,
        DisplayName = displayName.Trim(),
        RegisteredAt = now,
    };
}
