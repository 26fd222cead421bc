using Microsoft.Extensions.Options;
using MimeKit;

namespace TalentMatch.Infrastructure.Email;

public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            errors.Add("Email:Provider must be File, Smtp or SendGrid.");
        }

        if (string.IsNullOrWhiteSpace(options.FromAddress)
            || !MailboxAddress.TryParse(options.FromAddress, out var from) || !from.Address.Contains('@'))
        {
            errors.Add("Email:FromAddress must be an e-mail address.");
        }

        var dispatcher = options.Dispatcher;
        if (dispatcher.PollInterval <= TimeSpan.Zero)
        {
            errors.Add("Email:Dispatcher:PollInterval must be positive.");
        }

        if (dispatcher.BatchSize is < 1 or > 1000)
        {
            errors.Add("Email:Dispatcher:BatchSize must be between 1 and 1000.");
        }

        if (dispatcher.LeaseDuration <= TimeSpan.Zero)
        {
            errors.Add("Email:Dispatcher:LeaseDuration must be positive.");
        }

        if (dispatcher.RetryFirstDelay <= TimeSpan.Zero || dispatcher.RetryMaxDelay < dispatcher.RetryFirstDelay)
        {
            errors.Add("Email:Dispatcher:RetryFirstDelay must be positive and at most RetryMaxDelay.");
        }

        if (dispatcher.MaxAttempts < 1)
        {
            errors.Add("Email:Dispatcher:MaxAttempts must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
