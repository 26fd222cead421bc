using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>Checks the section at start, so a typo fails the deployment rather than the first search.</summary>
public sealed partial class ElasticsearchOptionsValidator : IValidateOptions<ElasticsearchOptions>
{
    public ValidateOptionsResult Validate(string? name, ElasticsearchOptions options)
    {
        var errors = new List<string>();
        if (options.Uri is not { IsAbsoluteUri: true } uri || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            errors.Add("Search:Elasticsearch:Uri must be an absolute http or https address.");
        }

        var hasApiKey = !string.IsNullOrWhiteSpace(options.ApiKey);
        var hasUser = !string.IsNullOrWhiteSpace(options.Username);
        var hasPassword = !string.IsNullOrEmpty(options.Password);
        if (hasUser != hasPassword)
        {
            errors.Add("Search:Elasticsearch:Username and Password must be given together.");
        }

        if (hasApiKey && hasUser)
        {
            errors.Add("Search:Elasticsearch: give either ApiKey or Username and Password, not both.");
        }

        if (string.IsNullOrEmpty(options.IndexPrefix) || !IndexPrefixPattern().IsMatch(options.IndexPrefix))
        {
            errors.Add("Search:Elasticsearch:IndexPrefix must be lower-case letters, digits, '-' or '_', "
                + "start with a letter or digit and be at most 100 characters.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("Search:Elasticsearch:RequestTimeout must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPrefixPattern();
}
