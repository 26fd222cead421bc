using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Email.Smtp;

/// <summary>Checks the SMTP settings only when SMTP is the chosen provider.</summary>
public sealed class SmtpOptionsValidator(IConfiguration configuration) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        if (ChosenProvider.Of(configuration) != EmailProvider.Smtp)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            errors.Add("Email:Smtp:Host is required when Email:Provider is Smtp.");
        }

        if (options.Port is < 1 or > 65535)
        {
            errors.Add("Email:Smtp:Port must be between 1 and 65535.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout.TotalMilliseconds > int.MaxValue)
        {
            errors.Add("Email:Smtp:Timeout must be positive.");
        }

        if (string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
        {
            errors.Add("Email:Smtp:UserName and Password go together.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
