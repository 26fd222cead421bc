using System.Security.Cryptography;
using System.Text;
using TalentMatch.Infrastructure.Email.SendGrid;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

public sealed class SendGridSignatureTests
{
    private static readonly byte[] VectorKey = SendGridWebhookKey.TryParse(WebhookSigner.SendGridVectorPublicKey)!;
    private static readonly byte[] VectorPayload = Encoding.UTF8.GetBytes(WebhookSigner.SendGridVectorPayload);

    [Fact]
    public void IsValid_SendGridsPublishedVector_IsTrue()
    {
        SendGridSignature.IsValid(VectorKey, WebhookSigner.SendGridVectorTimestamp, VectorPayload,
            WebhookSigner.SendGridVectorSignature).ShouldBeTrue();
    }

    [Fact]
    public void IsValid_VectorWithOneBodyByteChanged_IsFalse()
    {
        var tampered = VectorPayload.ToArray();
        tampered[^3] ^= 0x01;

        SendGridSignature.IsValid(VectorKey, WebhookSigner.SendGridVectorTimestamp, tampered,
            WebhookSigner.SendGridVectorSignature).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1588788368")]
    [InlineData("timestamp")]
    [InlineData("")]
    public void IsValid_VectorWithAnotherTimestamp_IsFalse(string timestamp)
    {
        SendGridSignature.IsValid(VectorKey, timestamp, VectorPayload, WebhookSigner.SendGridVectorSignature)
            .ShouldBeFalse();
    }

    [Fact]
    public void IsValid_VectorWithBodyAndTrailingNewline_IsFalse()
    {
        // The exact bytes count: a body re-serialised or re-encoded on the way no longer verifies.
        SendGridSignature.IsValid(VectorKey, WebhookSigner.SendGridVectorTimestamp, [.. VectorPayload, (byte)'\n'],
            WebhookSigner.SendGridVectorSignature).ShouldBeFalse();
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("not base64 at all!")]
    [InlineData("")]
    [InlineData("MEUCIQ==")]
    public void IsValid_SignatureThatIsNotADerSignature_IsFalse(string signature)
    {
        SendGridSignature.IsValid(VectorKey, WebhookSigner.SendGridVectorTimestamp, VectorPayload, signature)
            .ShouldBeFalse();
    }

    [Fact]
    public void IsValid_OverlongSignature_IsFalseWithoutDecodingIt()
    {
        SendGridSignature.IsValid(VectorKey, WebhookSigner.SendGridVectorTimestamp, VectorPayload,
            WebhookSigner.SendGridVectorSignature + new string('A', 400)).ShouldBeFalse();
    }

    [Fact]
    public void IsValid_SignatureByAnotherKey_IsFalse()
    {
        using var other = new WebhookSigner();

        SendGridSignature.IsValid(VectorKey, WebhookSigner.SendGridVectorTimestamp, VectorPayload,
            other.Sign(WebhookSigner.SendGridVectorTimestamp, VectorPayload)).ShouldBeFalse();
    }

    [Fact]
    public void IsValid_OwnKeyPair_SignsAndVerifies()
    {
        using var signer = new WebhookSigner();
        var body = """[{"event":"bounce","email":"a@example.test"}]"""u8.ToArray();

        SendGridSignature.IsValid(signer.PublicKeyDer, "1764640000", body, signer.Sign("1764640000", body)).ShouldBeTrue();
    }

    [Fact]
    public void IsValid_SignatureInIeeeP1363Format_IsFalse()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var body = "[]"u8.ToArray();
        var raw = key.SignData([.. "1"u8, .. body], HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        SendGridSignature.IsValid(key.ExportSubjectPublicKeyInfo(), "1", body, Convert.ToBase64String(raw)).ShouldBeFalse();
    }
}
