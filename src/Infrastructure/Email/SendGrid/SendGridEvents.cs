using System.Text.Json;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>
/// Reads SendGrid's event webhook body: a JSON array of objects, each with a string "event". Our custom_args
/// come back as top-level fields (older payloads nest them in "unique_args"). Everything else is left alone.
/// </summary>
public static class SendGridEvents
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>The events, or null when the body is not such an array.</summary>
    public static IReadOnlyList<EmailEvent>? TryParse(ReadOnlyMemory<byte> body, DateTimeOffset deliveredAt)
    {
        try
        {
            using var document = JsonDocument.Parse(body, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var events = new List<EmailEvent>(document.RootElement.GetArrayLength());
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || Text(item, "event") is not { } type)
                {
                    return null;
                }

                events.Add(new EmailEvent(type, ProblemOf(type, Text(item, "type")), Text(item, "email"),
                    KeyOf(item), OccurredAt(item) ?? deliveredAt));
            }

            return events;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A bounce of type "blocked" is soft; "bounce" (or none, as older payloads) is hard.</summary>
    private static DeliveryProblem? ProblemOf(string eventType, string? bounceType) => eventType switch
    {
        "bounce" when bounceType is null or "bounce" => DeliveryProblem.Bounced,
        "bounce" => DeliveryProblem.Blocked, // "blocked", or a kind we do not know: not reason enough to suppress
        "dropped" => DeliveryProblem.Dropped,
        "spamreport" => DeliveryProblem.SpamReport,
        _ => null,
    };

    private static string? KeyOf(JsonElement item) =>
        Text(item, SendGridMessages.IdempotencyKeyArgument)
        ?? (item.TryGetProperty("unique_args", out var args) && args.ValueKind == JsonValueKind.Object
            ? Text(args, SendGridMessages.IdempotencyKeyArgument)
            : null);

    private static DateTimeOffset? OccurredAt(JsonElement item) =>
        item.TryGetProperty("timestamp", out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var seconds) && seconds is > 0 and < 253_402_300_800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
