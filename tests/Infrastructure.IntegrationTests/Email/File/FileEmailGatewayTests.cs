using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Email.File;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.File;

public sealed class FileEmailGatewayTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly FakeTimeProvider _clock = new(TestEmails.Start);
    private readonly ServiceProvider _services;

    public FileEmailGatewayTests()
    {
        _services = EmailTestServices.Build(_data.FullPath, new Dictionary<string, string?>(),
            s => s.AddSingleton<TimeProvider>(_clock));
    }

    private IEmailGateway Gateway => _services.GetRequiredService<IEmailGateway>();

    private string Outbox => _data.PathOf("outbox");

    [Fact]
    public async Task SendAsync_Message_WritesParseableEmlWithBothParts()
    {
        var message = TestEmails.Message();

        await Gateway.SendAsync(message, CancellationToken.None);

        var file = Directory.GetFiles(Outbox).ShouldHaveSingleItem();
        Path.GetFileName(file).ShouldBe(EmailIdempotency.Hash(message.IdempotencyKey) + ".eml");
        var mime = await MimeMessage.LoadAsync(file);
        mime.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("anna@example.test");
        mime.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe(TestEmails.FromAddress);
        mime.Subject.ShouldBe("Bevestig je e-mailadres");
        mime.TextBody.ShouldBe("Hallo Anna");
        mime.HtmlBody.ShouldBe("<p>Hallo <b>Anna</b></p>");
        mime.Date.ShouldBe(TestEmails.Start);
        mime.MessageId.ShouldBe(EmailIdempotency.MessageId(message.IdempotencyKey, TestEmails.FromAddress));
    }

    [Fact]
    public async Task SendAsync_WithUnsubscribeHeaders_WritesThemIntoTheEml()
    {
        await Gateway.SendAsync(TestEmails.WithUnsubscribe(), CancellationToken.None);

        var file = Directory.GetFiles(Outbox).ShouldHaveSingleItem();
        var mime = await MimeMessage.LoadAsync(file);
        mime.Headers["List-Unsubscribe"].ShouldBe(TestEmails.UnsubscribeLink);
        mime.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        System.IO.File.ReadAllLines(file).ShouldAllBe(line => line.Length <= 998); // RFC 5322 line limit
    }

    [Fact]
    public async Task SendAsync_WithLongestAllowedHeader_KeepsTheValueWhole()
    {
        var link = "<https://a.example/" + new string('u', EmailHeaders.ValueMaxLength - 20) + ">";

        await Gateway.SendAsync(TestEmails.WithUnsubscribe(link: link), CancellationToken.None);

        var file = Directory.GetFiles(Outbox).ShouldHaveSingleItem();
        (await MimeMessage.LoadAsync(file)).Headers["List-Unsubscribe"].ShouldBe(link);
        System.IO.File.ReadAllLines(file).ShouldAllBe(line => line.Length <= 998);
    }

    [Fact]
    public async Task SendAsync_WithoutHeaders_WritesNoUnsubscribeHeader()
    {
        await Gateway.SendAsync(TestEmails.Message(), CancellationToken.None);

        var mime = await MimeMessage.LoadAsync(Directory.GetFiles(Outbox).ShouldHaveSingleItem());
        mime.Headers.Contains("List-Unsubscribe").ShouldBeFalse();
        mime.Headers.Contains("List-Unsubscribe-Post").ShouldBeFalse();
    }

    [Fact]
    public async Task SendAsync_SameKeyTwice_LeavesOneFile()
    {
        await Gateway.SendAsync(TestEmails.Message(subject: "First"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        await Gateway.SendAsync(TestEmails.Message(subject: "Second"), CancellationToken.None);

        var file = Directory.GetFiles(Outbox).ShouldHaveSingleItem(); // no temp files left behind either
        (await MimeMessage.LoadAsync(file)).Subject.ShouldBe("First");
    }

    [Fact]
    public async Task SendAsync_DifferentKeys_WritesOneFileEach()
    {
        await Gateway.SendAsync(TestEmails.Message(key: "a"), CancellationToken.None);
        await Gateway.SendAsync(TestEmails.Message(key: "b"), CancellationToken.None);

        Directory.GetFiles(Outbox).Length.ShouldBe(2);
    }

    [Fact]
    public async Task SendAsync_UnparseableRecipient_ThrowsPermanent()
    {
        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway.SendAsync(TestEmails.Message(to: "not an address"), CancellationToken.None));

        failure.IsPermanent.ShouldBeTrue();
        Directory.Exists(Outbox).ShouldBeFalse();
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
