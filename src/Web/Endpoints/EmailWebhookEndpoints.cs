using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Notifications.RecordEmailEvents;
using TalentMatch.Infrastructure.Email.SendGrid;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Endpoints;

/// <summary>
/// Events the mail provider posts about messages it accepted. Anonymous: a delivery is trusted for its signature
/// over the exact body bytes, checked before anything is read or recorded (docs/decisions/0008).
/// </summary>
public static class EmailWebhookEndpoints
{
    /// <summary>SendGrid posts batches far smaller than this.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static RouteGroupBuilder MapEmailWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").AllowAnonymous().DisableAntiforgery();
        group.MapPost("/sendgrid/events", SendGridEvents)
            .WithSummary("SendGrid's signed event webhook: hard bounces, drops and spam reports suppress the address for "
                + "alerts. Signed with ECDSA (X-Twilio-Email-Event-Webhook-Signature and -Timestamp); at most 1 MB.")
            .Accepts<object>("application/json").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SendGridEvents(HttpRequest request,
        IEmailEventWebhook webhook, ISender sender, CancellationToken cancellationToken)
    {
        if (!webhook.IsConfigured)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, NotConfiguredTitle);
        }

        if (await ReadBodyAsync(request, cancellationToken) is not { } body)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, TooLargeTitle);
        }

        var batch = webhook.Read(body, request.Headers[SendGridEventWebhook.SignatureHeader],
            request.Headers[SendGridEventWebhook.TimestampHeader]);
        switch (batch.Status)
        {
            case EmailEventBatchStatus.Accepted:
                await sender.Send(new RecordEmailEventsCommand(batch.Events), cancellationToken);
                return TypedResults.NoContent();
            case EmailEventBatchStatus.Malformed:
                return Problem(StatusCodes.Status400BadRequest, ErrorTexts.BadRequestTitle);
            case EmailEventBatchStatus.NotConfigured:
                return Problem(StatusCodes.Status503ServiceUnavailable, NotConfiguredTitle);
            default:
                return Problem(StatusCodes.Status401Unauthorized, NotAuthenticTitle);
        }
    }

    /// <summary>The exact bytes sent (the signature covers them), or null when there are more than allowed.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Problem(int status, string title) =>
        TypedResults.Problem(statusCode: status, title: title);

    private static bool Dutch => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl";

    private static string NotConfiguredTitle =>
        Dutch ? "De SendGrid-webhook is niet ingesteld." : "The SendGrid webhook is not configured.";

    private static string TooLargeTitle => Dutch ? "Het verzoek is te groot." : "The request is too large.";

    private static string NotAuthenticTitle => Dutch
        ? "De handtekening ontbreekt, klopt niet of is verlopen."
        : "The signature is missing, does not match or has expired.";
}
