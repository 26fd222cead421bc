using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TalentMatch.Application.Employers.Shared;

/// <summary>The secret in an invitation link (256 random bits) and the hash the database keeps of it.</summary>
public static class InvitationTokens
{
    public const int MaxLength = 100;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
