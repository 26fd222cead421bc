using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Mail;

/// <summary>
/// The app with a webhook verification key whose private half only this test holds, so it can sign deliveries
/// as SendGrid would: ECDSA P-256 / SHA-256 over the timestamp header and the exact body bytes.
/// </summary>
public sealed class WebhookApp : TalentMatchWebFactory
{
    public const string Path = "/api/v1/webhooks/sendgrid/events";

    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public WebhookApp()
        : base(new Dictionary<string, string?> { ["Email:SendGrid:WebhookPublicKey"] = PublicKeyOf(Key) })
    {
    }

    public static string PublicKeyOf(ECDsa key) => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    public static string Now(TimeSpan offset = default) =>
        DateTimeOffset.UtcNow.Add(offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Sign(string timestamp, byte[] body, ECDsa? key = null) =>
        Convert.ToBase64String((key ?? Key).SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body],
            HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    /// <summary>A delivery of <paramref name="body"/>, signed now unless told otherwise.</summary>
    public static HttpRequestMessage Delivery(string body, string? timestamp = null, string? signature = null,
        bool signed = true) => Delivery(Encoding.UTF8.GetBytes(body), timestamp, signature, signed);

    public static HttpRequestMessage Delivery(byte[] body, string? timestamp = null, string? signature = null,
        bool signed = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signed)
        {
            timestamp ??= Now();
            request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
            request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", signature ?? Sign(timestamp, body));
        }

        return request;
    }

    /// <summary>A JSON array as SendGrid posts it; <c>extra</c> is more members of the event object.</summary>
    public static string Events(params (string Event, string Email, string? Extra)[] events) =>
        "[" + string.Join(",", events.Select(e =>
            $$"""{"email":"{{e.Email}}","timestamp":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"event":"{{e.Event}}","sg_message_id":"m"{{(e.Extra is null ? "" : "," + e.Extra)}}}""")) + "]";

    public Task<bool> IsSuppressedAsync(string address) => InScopeAsync(s =>
        s.GetRequiredService<IEmailSuppressions>().IsSuppressedAsync(address, CancellationToken.None));

    public Task<List<EmailSuppression>> SuppressionsOfAsync(string address)
    {
        var hash = EmailAddressHash.Of(address);
        return WithDbAsync(db => db.EmailSuppressions.AsNoTracking().Where(s => s.AddressHash == hash).ToListAsync());
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
