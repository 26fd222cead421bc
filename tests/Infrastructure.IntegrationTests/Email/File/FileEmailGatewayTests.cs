using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
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
