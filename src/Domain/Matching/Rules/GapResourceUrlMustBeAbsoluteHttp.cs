using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Matching.Rules;

/// <summary>The link is shown to candidates as is: only a complete web address opens anywhere it is shown.</summary>
public sealed class GapResourceUrlMustBeAbsoluteHttp(string? url) : IBusinessRule
{
    public bool IsBroken() => !IsAbsoluteHttp(url);

    public string Code => "GapResourceUrlFormat";

    public string Message => "Enter a complete web address starting with https:// or http://.";

    public static bool IsAbsoluteHttp(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= GapResource.UrlMaxLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host) && !url.Any(char.IsWhiteSpace);
}
