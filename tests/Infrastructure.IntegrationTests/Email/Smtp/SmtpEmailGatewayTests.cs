using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Email.Smtp;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.Smtp;

public sealed class SmtpEmailGatewayTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly List<ServiceProvider> _services = [];

    [Fact]
    public async Task SendAsync_ServerAccepts_DeliversBothPartsWithKeyDerivedMessageId()
    {
        await using var server = new FakeSmtpServer();
        var message = TestEmails.Message();

        await Gateway(server.Port).SendAsync(message, CancellationToken.None);

        var received = server.Received.ShouldHaveSingleItem();
        received.MailFrom.ShouldBe(TestEmails.FromAddress);
        received.Recipients.ShouldBe(["anna@example.test"]);
        received.Message.Subject.ShouldBe(message.Subject);
        received.Message.TextBody.ShouldBe(message.TextBody);
        received.Message.HtmlBody.ShouldBe(message.HtmlBody);
        received.Message.MessageId.ShouldBe(EmailIdempotency.MessageId(message.IdempotencyKey, TestEmails.FromAddress));
    }

    [Fact]
    public async Task SendAsync_WithUnsubscribeHeaders_DeliversThem()
    {
        await using var server = new FakeSmtpServer();

        await Gateway(server.Port).SendAsync(TestEmails.WithUnsubscribe(), CancellationToken.None);

        var received = server.Received.ShouldHaveSingleItem();
        received.Recipients.ShouldBe(["anna@example.test"]);
        received.Message.Headers["List-Unsubscribe"].ShouldBe(TestEmails.UnsubscribeLink);
        received.Message.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
    }

    [Fact]
    public async Task SendAsync_RecipientRefusedWith550_ThrowsPermanent()
    {
        await using var server = new FakeSmtpServer { RecipientReply = "550 5.1.1 Mailbox unavailable" };

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(server.Port).SendAsync(TestEmails.Message(), CancellationToken.None));

        failure.IsPermanent.ShouldBeTrue();
        ProviderStatus.Of(failure).ShouldBe("smtp:550");
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task SendAsync_DataDeferredWith451_ThrowsTransient()
    {
        await using var server = new FakeSmtpServer { DataReply = "451 4.3.0 Try again later" };

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(server.Port).SendAsync(TestEmails.Message(), CancellationToken.None));

        failure.IsPermanent.ShouldBeFalse();
        ProviderStatus.Of(failure).ShouldBe("smtp:451");
    }

    [Fact]
    public async Task SendAsync_NothingListening_ThrowsTransient()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(closedPort).SendAsync(TestEmails.Message(), CancellationToken.None));

        failure.IsPermanent.ShouldBeFalse();
    }

    [Fact]
    public async Task SendAsync_ServerNeverGreets_ThrowsTransientTimeout()
    {
        await using var server = new FakeSmtpServer(silent: true);

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(server.Port, timeout: "00:00:00.500").SendAsync(TestEmails.Message(), CancellationToken.None));

        failure.IsPermanent.ShouldBeFalse();
        ProviderStatus.Of(failure).ShouldBe("smtp:timeout");
    }

    public void Dispose()
    {
        _services.ForEach(s => s.Dispose());
        _data.Dispose();
    }

    private IEmailGateway Gateway(int port, string timeout = "00:00:05")
    {
        var services = EmailTestServices.Build(_data.FullPath, new Dictionary<string, string?>
        {
            ["Email:Provider"] = "Smtp",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:Smtp:Timeout"] = timeout,
        });
        _services.Add(services);
        return services.GetRequiredService<IEmailGateway>().ShouldBeOfType<SmtpEmailGateway>();
    }
}
