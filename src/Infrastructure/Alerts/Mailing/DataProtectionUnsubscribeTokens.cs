using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Localization;
using TalentMatch.Domain.Alerts;

namespace TalentMatch.Infrastructure.Alerts.Mailing;

/// <summary>
/// Unsubscribe tokens signed and encrypted with ASP.NET Core Data Protection, whose key ring is in the database
/// (shared by all instances; no secret in configuration). Payload: a version byte, the two-letter language and the
/// 16-byte alert ids. An altered or cut-short token fails authentication and reads as null.
/// </summary>
public sealed class DataProtectionUnsubscribeTokens(IDataProtectionProvider provider) : IUnsubscribeTokens
{
    private const byte Version = 1;
    private const int Header = 3;
    private const int IdLength = 16;
    private readonly IDataProtector _protector = provider.CreateProtector("TalentMatch.Alerts.Unsubscribe.v1");

    public string Create(UnsubscribeToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Subscriptions.Count is 0 or > UnsubscribeToken.MaxSubscriptions)
        {
            throw new ArgumentException("A token names 1 to 20 alerts.", nameof(token));
        }

        var payload = new byte[Header + (IdLength * token.Subscriptions.Count)];
        payload[0] = Version;
        Encoding.ASCII.GetBytes(SupportedCultures.OrDefault(token.Culture), payload.AsSpan(1, 2));
        for (var i = 0; i < token.Subscriptions.Count; i++)
        {
            token.Subscriptions[i].Value.TryWriteBytes(payload.AsSpan(Header + (i * IdLength), IdLength));
        }

        return Base64Url.EncodeToString(_protector.Protect(payload));
    }

    public UnsubscribeToken? Read(string token)
    {
        byte[] payload;
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            if (!string.Equals(Base64Url.EncodeToString(bytes), token, StringComparison.Ordinal))
            {
                return null; // only the exact text we wrote: no other spelling of the same bytes
            }

            payload = _protector.Unprotect(bytes);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }

        var count = (payload.Length - Header) / IdLength;
        if (payload.Length < Header + IdLength || (payload.Length - Header) % IdLength != 0 || payload[0] != Version
            || count > UnsubscribeToken.MaxSubscriptions)
        {
            return null;
        }

        var ids = Enumerable.Range(0, count)
            .Select(i => new AlertSubscriptionId(new Guid(payload.AsSpan(Header + (i * IdLength), IdLength)))).ToList();
        return new UnsubscribeToken(ids, SupportedCultures.OrDefault(Encoding.ASCII.GetString(payload, 1, 2)));
    }
}
