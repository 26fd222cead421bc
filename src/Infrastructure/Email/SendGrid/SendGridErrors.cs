using SendGrid;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>The start of an error response body, for the outbox row's LastError (never for the logs).</summary>
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
}
