using System.Security.Cryptography;
using System.Text;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>
/// SendGrid's signed event webhook: an ECDSA P-256 / SHA-256 signature (base64 of its DER encoding) over the
/// timestamp header's text followed by the exact bytes of the body.
/// </summary>
public static class SendGridSignature
{
    /// <summary>A signature far longer than a P-256 DER signature (at most 72 bytes) is not looked at.</summary>
    private const int MaxSignatureLength = 200;

    public static bool IsValid(byte[] publicKeyDer, string timestamp, ReadOnlySpan<byte> body, string signature)
    {
        if (signature.Length > MaxSignatureLength)
        {
            return false;
        }

        var der = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature.Trim(), der, out var length))
        {
            return false;
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(publicKeyDer, out _);
            return key.VerifyData(signed, der.AsSpan(0, length), HashAlgorithmName.SHA256,
                DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
