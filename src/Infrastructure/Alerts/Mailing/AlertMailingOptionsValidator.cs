using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Alerts.Mailing;

public sealed class AlertMailingOptionsValidator : IValidateOptions<AlertMailingOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertMailingOptions options)
    {
        var failures = new List<string>();
        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add($"{AlertMailingOptions.SectionName}:PollInterval must be positive.");
        }

        if (options.DailyCapPerUser < 1)
        {
            failures.Add($"{AlertMailingOptions.SectionName}:DailyCapPerUser must be at least 1.");
        }

        if (options.DigestHour < TimeSpan.Zero || options.DigestHour >= TimeSpan.FromDays(1))
        {
            failures.Add($"{AlertMailingOptions.SectionName}:DigestHour must be a time of day (00:00 to 23:59).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
