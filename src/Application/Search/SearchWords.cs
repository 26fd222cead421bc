using System.Globalization;

namespace TalentMatch.Application.Search;

/// <summary>
/// The words of a search text as both engines match them: function words dropped; of the remaining
/// <see cref="Required"/> words up to two must all match, and of more, three quarters (rounded down) — each word in any
/// text field, with that field's analysis (stemming, folding). <see cref="Optional"/> words (place names in a text
/// that also has other words: "lasser leiden") only add to the relevance. A vacancy of an occupation the text names
/// (the ESCO expansion) matches whatever its words.
/// </summary>
public sealed record SearchWords(IReadOnlyList<string> Required, int MinimumRequired, IReadOnlyList<string> Optional)
{
    public static readonly SearchWords None = new([], 0, []);

    public bool IsEmpty => Required.Count == 0 && Optional.Count == 0;

    /// <param name="optional">Words (lower case) that only add relevance, e.g. place names.</param>
    public static SearchWords Of(string? text, IReadOnlyCollection<string>? optional = null)
    {
        var words = Split(text).Where(w => !FunctionWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        var extra = words.Where(w => optional?.Contains(w) == true).ToList();
        var required = words.Except(extra, StringComparer.Ordinal).ToList();
        if (required.Count == 0)
        {
            (required, extra) = (extra, []);
        }

        return new SearchWords(required, MinimumOf(required.Count), extra);
    }

    /// <summary>Elasticsearch's <c>2&lt;75%</c>: all of one or two words, three quarters (rounded down) of more.</summary>
    public static int MinimumOf(int words) => words <= 2 ? words : (int)Math.Floor(words * 0.75);

    /// <summary>Lower-case runs of letters and digits; everything else separates words.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        var words = new List<string>();
        var start = -1;
        var value = text ?? string.Empty;
        for (var i = 0; i <= value.Length; i++)
        {
            var inWord = i < value.Length && char.IsLetterOrDigit(value[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(value[start..i].ToLower(CultureInfo.InvariantCulture));
                start = -1;
            }
        }

        return words;
    }
}
