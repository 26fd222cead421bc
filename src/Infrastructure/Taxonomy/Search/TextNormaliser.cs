using System.Globalization;
using System.Text;

namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>
/// Folds text for matching: lower case, diacritics removed (é→e, ñ→n, ż→z, and the letters Unicode does not
/// decompose: ł→l, ø→o, ß→ss, æ→ae, œ→oe), and split into tokens of letters and digits.
/// </summary>
internal static class TextNormaliser
{
    public static List<string> Tokens(string text)
    {
        var source = text.AsSpan().ContainsAnyExceptInRange((char)0, (char)127)
            ? text.Normalize(NormalizationForm.FormD)
            : text;
        var folded = source.Length <= 256 ? stackalloc char[source.Length * 2] : new char[source.Length * 2];
        var length = 0;
        foreach (var c in source)
        {
            length += Fold(c, folded[length..]);
        }

        var tokens = new List<string>();
        foreach (var range in folded[..length].Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                tokens.Add(new string(folded[range]));
            }
        }

        return tokens;
    }

    /// <summary>Writes the folded form of <paramref name="c"/> (a space for a separator); returns how many chars.</summary>
    private static int Fold(char c, Span<char> target)
    {
        if (char.IsAscii(c))
        {
            target[0] = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            return 1;
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return 0;
        }

        if (!char.IsLetterOrDigit(c))
        {
            target[0] = ' ';
            return 1;
        }

        var (first, second) = char.ToLowerInvariant(c) switch
        {
            'ł' => ('l', '\0'),
            'ø' => ('o', '\0'),
            'đ' => ('d', '\0'),
            'ı' => ('i', '\0'),
            'ß' => ('s', 's'),
            'æ' => ('a', 'e'),
            'œ' => ('o', 'e'),
            var lower => (lower, '\0'),
        };
        target[0] = first;
        if (second == '\0')
        {
            return 1;
        }

        target[1] = second;
        return 2;
    }
}
