using System.Security.Cryptography;
using TalentMatch.Infrastructure.Email.SendGrid;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

public sealed class SendGridWebhookKeyTests
{
    [Fact]
    public void TryParse_KeyAsTheConsoleShowsIt_GivesItsDerBytes()
    {
        var der = SendGridWebhookKey.TryParse(WebhookSigner.SendGridVectorPublicKey);

        der.ShouldBe(Convert.FromBase64String(WebhookSigner.SendGridVectorPublicKey));
    }

    [Fact]
    public void TryParse_KeyWrappedOverLinesWithSpaces_IsAccepted()
    {
        var wrapped = " " + WebhookSigner.SendGridVectorPublicKey[..40] + "\n  " + WebhookSigner.SendGridVectorPublicKey[40..] + " ";

        SendGridWebhookKey.TryParse(wrapped).ShouldNotBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void TryParse_NotAKey_IsNull(string? text) => SendGridWebhookKey.TryParse(text).ShouldBeNull();

    [Fact]
    public void TryParse_P384Key_IsNull()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        SendGridWebhookKey.TryParse(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo())).ShouldBeNull();
    }

    [Fact]
    public void TryParse_RsaKey_IsNull()
    {
        using var key = RSA.Create(2048);

        SendGridWebhookKey.TryParse(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo())).ShouldBeNull();
    }

    [Fact]
    public void TryParse_KeyWithTrailingBytes_IsNull()
    {
        var der = Convert.FromBase64String(WebhookSigner.SendGridVectorPublicKey);

        SendGridWebhookKey.TryParse(Convert.ToBase64String([.. der, 0x00])).ShouldBeNull();
    }
}
