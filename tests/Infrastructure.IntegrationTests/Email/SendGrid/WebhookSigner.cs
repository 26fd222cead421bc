using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

/// <summary>Signs webhook bodies as SendGrid does, with a key pair made for the test.</summary>
public sealed class WebhookSigner : IDisposable
{
    /// <summary>
    /// SendGrid's published test vector (the signed-event-webhook tests of its SDKs, e.g. sendgrid-csharp
    /// RequestValidatorTests): this key verifies <see cref="SendGridVectorSignature"/> over
    /// <see cref="SendGridVectorTimestamp"/> + <see cref="SendGridVectorPayload"/>.
    /// </summary>
    public const string SendGridVectorPublicKey =
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==";

    public const string SendGridVectorPayload =
        """{"category":"example_payload","event":"test_event","message_id":"message_id"}""";

    public const string SendGridVectorSignature =
        "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=";

    public const string SendGridVectorTimestamp = "1588788367";

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    public byte[] PublicKeyDer => _key.ExportSubjectPublicKeyInfo();

    public static string TimestampOf(DateTimeOffset at) =>
        at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToBase64String(_key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256,
            DSASignatureFormat.Rfc3279DerSequence));

    public void Dispose() => _key.Dispose();
}
