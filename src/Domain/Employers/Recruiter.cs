using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers;

/// <summary>A colleague's account that joined the organisation through an invitation; manages vacancies.</summary>
public sealed class Recruiter
{
    private Recruiter()
    {
    }

    public UserId UserId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    internal static Recruiter Join(UserId userId, DateTimeOffset now) => new() { UserId = userId, JoinedAt = now };
}
