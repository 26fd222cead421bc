using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>
/// Checks the sending settings only when SendGrid is the chosen provider, and the webhook settings whenever a
/// webhook key is given (the webhook works with any provider).
/// </summary>
public sealed class SendGridOptionsValidator(IConfiguration configuration) : IValidateOptions<SendGridOptions>
{
    public ValidateOptionsResult Validate(string? name, SendGridOptions options)
    {
        var sending = ChosenProvider.Of(configuration) == EmailProvider.SendGrid;
        var webhook = !string.IsNullOrWhiteSpace(options.WebhookPublicKey);
        if (!sending && !webhook)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        if (sending)
        {
            AddSendingErrors(options, errors);
        }

        if (webhook && SendGridWebhookKey.TryParse(options.WebhookPublicKey) is null)
        {
            errors.Add("Email:SendGrid:WebhookPublicKey must be the base64 DER (SubjectPublicKeyInfo) of an ECDSA P-256 "
                + "public key, as SendGrid shows it.");
        }

        if (webhook && (options.WebhookMaxAge <= TimeSpan.Zero || options.WebhookMaxAge > TimeSpan.FromDays(1)))
        {
            errors.Add("Email:SendGrid:WebhookMaxAge must be positive and at most a day.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AddSendingErrors(SendGridOptions options, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add("Email:SendGrid:ApiKey is required when Email:Provider is SendGrid.");
        }

        if (options.Host is { } host && (!host.IsAbsoluteUri || host.Scheme is not ("https" or "http")))
        {
            errors.Add("Email:SendGrid:Host must be an absolute http(s) URL.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add("Email:SendGrid:Timeout must be positive.");
        }
    }
}
