using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>
/// Sends through SendGrid's v3 mail/send API. The idempotency key travels as custom_args "idempotency_key",
/// visible in SendGrid's activity and event webhooks, so a message sent twice can be recognised.
/// 2xx is delivered; 429 and 5xx are transient (a Retry-After header delays the next attempt); any other status
/// is permanent.
/// </summary>
public sealed class SendGridEmailGateway(IHttpClientFactory httpClients, IOptions<SendGridOptions> options,
    IOptions<EmailOptions> email, TimeProvider clock) : IEmailGateway
{
    public const string HttpClientName = "SendGrid";

    public async Task SendAsync(EmailToSend message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var clientOptions = new SendGridClientOptions { ApiKey = settings.ApiKey };
        if (settings.Host is { } host)
        {
            clientOptions.Host = host.GetLeftPart(UriPartial.Authority);
        }

        var client = new SendGridClient(httpClients.CreateClient(HttpClientName), clientOptions);
        var response = await SendOrThrowAsync(client, SendGridMessages.Build(message, email.Value), cancellationToken);
        using var body = response.Body;
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        var detail = await SendGridErrors.ReadAsync(response, cancellationToken);
        throw status is 429 or >= 500
            ? ProviderStatus.Transient($"http:{status}", $"SendGrid answered {status}: {detail}",
                SendGridErrors.RetryAfter(response, clock.GetUtcNow()))
            : ProviderStatus.Permanent($"http:{status}", $"SendGrid answered {status}: {detail}");
    }

    private static async Task<Response> SendOrThrowAsync(SendGridClient client, SendGridMessage mail,
        CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendEmailAsync(mail, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw ProviderStatus.Transient($"http:{ex.HttpRequestError}", "SendGrid could not be reached.", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw ProviderStatus.Transient("http:timeout", "SendGrid timed out.", ex);
        }
    }
}
