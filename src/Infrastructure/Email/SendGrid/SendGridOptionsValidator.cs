using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Email.SendGrid;

/// <summary>Checks the SendGrid settings only when SendGrid is the chosen provider.</summary>
public sealed class SendGridOptionsValidator(IConfiguration configuration) : IValidateOptions<SendGridOptions>
{
    public ValidateOptionsResult Validate(string? name, SendGridOptions options)
    {
        if (ChosenProvider.Of(configuration) != EmailProvider.SendGrid)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
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

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
