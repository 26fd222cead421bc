using System.Security.Cryptography;
using System.Text;
using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Employers;

/// <summary>
/// An invitation e-mailed to a colleague. Only a hash of the link's secret is kept, so a copy of the database
/// cannot be used to join. Valid for <see cref="ValidDays"/> days and once.
/// </summary>
public sealed class EmployerInvitation
{
    public const int ValidDays = 7;
    public const int TokenHashLength = 64;

    private EmployerInvitation()
    {
        Email = TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; }

    public string TokenHash { get; private set; }

    public UserId InvitedBy { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public UserId? AcceptedBy { get; private set; }

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    internal bool Matches(string tokenHash) => CryptographicOperations.FixedTimeEquals(
        Encoding.ASCII.GetBytes(TokenHash), Encoding.ASCII.GetBytes(tokenHash));

    internal static EmployerInvitation Create(string email, string tokenHash, UserId invitedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), Email = email.Trim(), TokenHash = tokenHash, InvitedBy = invitedBy,
        InvitedAt = now, ExpiresAt = now.AddDays(ValidDays),
    };

    internal void Accept(UserId userId, DateTimeOffset now)
    {
        AcceptedAt = now;
        AcceptedBy = userId;
    }
}
