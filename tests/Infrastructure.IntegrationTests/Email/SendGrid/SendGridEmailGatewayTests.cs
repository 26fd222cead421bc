using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Infrastructure.Email;
using TalentMatch.Infrastructure.Email.SendGrid;
using TalentMatch.Infrastructure.IntegrationTests.Email.Support;

namespace TalentMatch.Infrastructure.IntegrationTests.Email.SendGrid;

public sealed class SendGridEmailGatewayTests : IDisposable
{
    private const string ApiKey = "SG.test-key";
    private readonly TemporaryDirectory _data = new();
    private readonly List<ServiceProvider> _services = [];

    [Fact]
    public async Task SendAsync_Accepted_PostsV3PayloadWithIdempotencyKey()
    {
        await using var api = new FakeSendGridApi();
        var message = TestEmails.Message();

        await Gateway(api.BaseAddress).SendAsync(message, CancellationToken.None);

        var request = api.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/v3/mail/send");
        request.Authorization.ShouldBe($"Bearer {ApiKey}");
        var json = JsonDocument.Parse(request.Body).RootElement;
        json.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString()
            .ShouldBe("anna@example.test");
        json.GetProperty("from").GetProperty("email").GetString().ShouldBe(TestEmails.FromAddress);
        json.GetProperty("from").GetProperty("name").GetString().ShouldBe(TestEmails.FromName);
        json.GetProperty("subject").GetString().ShouldBe(message.Subject);
        var content = json.GetProperty("content").EnumerateArray()
            .ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString());
        content["text/plain"].ShouldBe(message.TextBody);
        content["text/html"].ShouldBe(message.HtmlBody);
        json.GetProperty("custom_args").GetProperty(SendGridMessages.IdempotencyKeyArgument).GetString()
            .ShouldBe(message.IdempotencyKey);
    }

    [Fact]
    public async Task SendAsync_WithUnsubscribeHeaders_SendsThemInTheHeadersObject()
    {
        await using var api = new FakeSendGridApi();

        await Gateway(api.BaseAddress).SendAsync(TestEmails.WithUnsubscribe(), CancellationToken.None);

        var json = JsonDocument.Parse(api.Requests.ShouldHaveSingleItem().Body).RootElement;
        var headers = json.GetProperty("headers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        headers.ShouldBe(new Dictionary<string, string?>
        {
            ["List-Unsubscribe"] = TestEmails.UnsubscribeLink,
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task SendAsync_WithoutHeaders_SendsNoHeadersObject()
    {
        await using var api = new FakeSendGridApi();

        await Gateway(api.BaseAddress).SendAsync(TestEmails.Message(), CancellationToken.None);

        var json = JsonDocument.Parse(api.Requests.ShouldHaveSingleItem().Body).RootElement;
        json.TryGetProperty("headers", out _).ShouldBeFalse();
        json.GetProperty("personalizations")[0].TryGetProperty("headers", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(400, true)]
    [InlineData(401, true)]
    [InlineData(413, true)]
    public async Task SendAsync_ErrorStatus_ThrowsClassifiedFailure(int status, bool permanent)
    {
        await using var api = new FakeSendGridApi { StatusCode = status };

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(api.BaseAddress).SendAsync(TestEmails.Message(), CancellationToken.None));

        failure.IsPermanent.ShouldBe(permanent);
        ProviderStatus.Of(failure).ShouldBe($"http:{status}");
        failure.Message.ShouldContain("refused by the fake");
    }

    [Fact]
    public async Task SendAsync_RateLimitedWithRetryAfter_CarriesTheWait()
    {
        await using var api = new FakeSendGridApi().Answer(429, "90");

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(api.BaseAddress).SendAsync(TestEmails.Message(), CancellationToken.None));

        failure.IsPermanent.ShouldBeFalse();
        ProviderStatus.RetryAfterOf(failure).ShouldBe(TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task SendAsync_RateLimitedWithoutRetryAfter_LeavesTheWaitToTheSchedule()
    {
        await using var api = new FakeSendGridApi { StatusCode = 429 };

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(api.BaseAddress).SendAsync(TestEmails.Message(), CancellationToken.None));

        ProviderStatus.RetryAfterOf(failure).ShouldBeNull();
    }

    [Fact]
    public async Task SendAsync_NothingListening_ThrowsTransient()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closed = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        listener.Stop();

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() =>
            Gateway(closed).SendAsync(TestEmails.Message(), CancellationToken.None));

        failure.IsPermanent.ShouldBeFalse();
    }

    public void Dispose()
    {
        _services.ForEach(s => s.Dispose());
        _data.Dispose();
    }

    private IEmailGateway Gateway(Uri host)
    {
        var services = EmailTestServices.Build(_data.FullPath, new Dictionary<string, string?>
        {
            ["Email:Provider"] = "SendGrid",
            ["Email:SendGrid:ApiKey"] = ApiKey,
            ["Email:SendGrid:Host"] = host.ToString(),
        });
        _services.Add(services);
        return services.GetRequiredService<IEmailGateway>().ShouldBeOfType<SendGridEmailGateway>();
    }
}
