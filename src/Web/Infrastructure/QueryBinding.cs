using System.Text.RegularExpressions;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// Which parameter a minimal API could not bind ("page=abc"), read from the framework's message
/// (<c>Failed to bind parameter "int? page" from "abc".</c>), so the 400 names the field like any validation error.
/// </summary>
public static partial class QueryBinding
{
    public static string? FailedParameter(BadHttpRequestException exception) =>
        FailedToBind().Match(exception.Message) is { Success: true } match ? match.Groups["name"].Value : null;

    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)" from""")]
    private static partial Regex FailedToBind();
}
