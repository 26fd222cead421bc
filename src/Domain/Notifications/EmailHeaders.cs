namespace TalentMatch.Domain.Notifications;

/// <summary>
/// The extra headers a message may carry. Only these names are accepted, each once, and every value is printable
/// US-ASCII on one line, so nothing a caller passes can add a recipient, forge another header or be re-encoded.
/// </summary>
public static class EmailHeaders
{
    /// <summary>RFC 2369: where to unsubscribe, as <c>&lt;https://...&gt;</c>.</summary>
    public const string ListUnsubscribe = "List-Unsubscribe";

    /// <summary>RFC 8058: <c>List-Unsubscribe=One-Click</c>, so mail clients may unsubscribe with one POST.</summary>
    public const string ListUnsubscribePost = "List-Unsubscribe-Post";

    /// <summary>RFC 8058's only value of <see cref="ListUnsubscribePost"/>.</summary>
    public const string OneClick = "List-Unsubscribe=One-Click";

    /// <summary>A value folded onto its own line still fits RFC 5322's 998-character line limit.</summary>
    public const int ValueMaxLength = 900;

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
            if (string.IsNullOrWhiteSpace(value) || value.Length > ValueMaxLength || !value.All(c => c is >= ' ' and <= '~'))
            {
                throw new ArgumentException($"Header {allowed} has an empty, overlong, multi-line or non-ASCII value.",
                    nameof(headers));
            }

            if (allowed == ListUnsubscribePost && value != OneClick)
            {
                throw new ArgumentException($"Header {allowed} must be {OneClick}.", nameof(headers));
            }

            if (!result.TryAdd(allowed, value))
            {
                throw new ArgumentException($"Header {allowed} is given twice.", nameof(headers));
            }
        }

        return result;
    }
}
