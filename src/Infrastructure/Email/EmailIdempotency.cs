using System.Security.Cryptography;
using System.Text;

namespace TalentMatch.Infrastructure.Email;

/// <summary>
/// Stable identifiers derived from a message's idempotency key, so a resent message can be recognised:
/// the outbox file name and the Message-ID header.
/// </summary>
public static class EmailIdempotency
{
    /// <summary>Lower-case SHA-256 hex of the key (64 characters).</summary>
    public static string Hash(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));

    /// <summary>A Message-ID (without angle brackets) in the sender's domain.</summary>
    public static string MessageId(string idempotencyKey, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "talentmatch.local";
        return $"{Hash(idempotencyKey)}@{domain}";
    }
}
