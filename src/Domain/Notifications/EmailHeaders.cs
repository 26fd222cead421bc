namespace TalentMatch.Domain.Notifications;

/// <summary>
/// The extra headers a message may carry. Only these names are accepted, and no value may break a header line, so
/// nothing a caller passes can add a recipient or forge another header.
/// </summary>
public static class EmailHeaders
{
    /// <summary>RFC 2369: where to unsubscribe, as <c>&lt;https://...&gt;</c>.</summary>
    public const string ListUnsubscribe = "List-Unsubscribe";

    /// <summary>RFC 8058: <c>List-Unsubscribe=One-Click</c>, so mail clients may unsubscribe with one POST.</summary>
    public const string ListUnsubscribePost = "List-Unsubscribe-Post";

    /// <summary>RFC 8058's only value of <see cref="ListUnsubscribePost"/>.</summary>
    public const string OneClick = "List-Unsubscribe=One-Click";

    public const int ValueMaxLength = 1000;

    public static readonly IReadOnlyList<string> Allowed = [ListUnsubscribe, ListUnsubscribePost];

    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> Checked(IReadOnlyDictionary<string, string>? headers)
    {
        if (headers is null || headers.Count == 0)
        {
            return None;
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            var allowed = Allowed.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"Header {name} is not allowed.", nameof(headers));
            if (string.IsNullOrWhiteSpace(value) || value.Length > ValueMaxLength || value.IndexOfAny(['\r', '\n', '\0']) >= 0)
            {
                throw new ArgumentException($"Header {allowed} has an empty, overlong or multi-line value.", nameof(headers));
            }

            result[allowed] = value;
        }

        return result;
    }
}
