using System.Security.Cryptography;
using System.Text;

namespace TalentMatch.Domain.Notifications;

/// <summary>The one way an address is hashed for look-ups that must not store the address itself.</summary>
public static class EmailAddressHash
{
    public static string Of(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var normalised = address.Trim().ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
