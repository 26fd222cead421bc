using SendGrid;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>
/// What an error response says: the start of its body, for the outbox row's LastError (never for the logs), and
/// its Retry-After.
/// </summary>
public static class SendGridErrors
{
    private const int MaxLength = 500;

    public static async Task<string> ReadAsync(Response response, CancellationToken cancellationToken)
    {
        if (response.Body is null)
        {
            return string.Empty;
        }

        try
        {
            var body = await response.Body.ReadAsStringAsync(cancellationToken);
            return body.Length <= MaxLength ? body : body[..MaxLength];
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return string.Empty;
        }
    }

    /// <summary>Retry-After as seconds or as a date (RFC 9110 §10.2.3); null when absent or already past.</summary>
    public static TimeSpan? RetryAfter(Response response, DateTimeOffset now)
    {
        var header = response.Headers?.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait > TimeSpan.Zero ? wait : null;
    }
}
