using System.Security.Cryptography;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>The event webhook's verification key: base64 DER SubjectPublicKeyInfo of an ECDSA P-256 key.</summary>
public static class SendGridWebhookKey
{
    private const string NistP256Oid = "1.2.840.10045.3.1.7";

    /// <summary>The DER bytes, or null when the text is not such a key (wrong encoding, curve or algorithm).</summary>
    public static byte[]? TryParse(string? base64)
    {
        var text = string.Concat((base64 ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        var buffer = new byte[text.Length];
        if (text.Length == 0 || !Convert.TryFromBase64String(text, buffer, out var length))
        {
            return null;
        }

        var der = buffer[..length];
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(der, out var read);
            return read == der.Length && key.ExportParameters(includePrivateParameters: false).Curve.Oid.Value == NistP256Oid
                ? der
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
