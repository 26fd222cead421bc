namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>
/// The distinct tokens of all labels, sorted ordinally so that the tokens sharing a prefix have consecutive ids,
/// with a character-trigram index (tokens padded with a space on both sides) for typo-tolerant lookups.
/// </summary>
internal sealed class Vocabulary
{
    private readonly string[] _tokens;
    private readonly Dictionary<ulong, int[]> _trigrams;

    public Vocabulary(IEnumerable<string> tokens)
    {
        _tokens = tokens.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var trigrams = new Dictionary<ulong, List<int>>();
        for (var id = 0; id < _tokens.Length; id++)
        {
            foreach (var trigram in Trigrams(_tokens[id]))
            {
                if (!trigrams.TryGetValue(trigram, out var ids))
                {
                    trigrams[trigram] = ids = [];
                }

                ids.Add(id);
            }
        }

        _trigrams = trigrams.ToDictionary(t => t.Key, t => t.Value.ToArray());
    }

    public int Count => _tokens.Length;

    public string this[int id] => _tokens[id];

    /// <summary>The id of the token, or a negative number when it is not in the vocabulary.</summary>
    public int IdOf(string token) => Array.BinarySearch(_tokens, token, StringComparer.Ordinal);

    /// <summary>Ids [start, end) of the tokens starting with <paramref name="prefix"/>.</summary>
    public (int Start, int End) PrefixRange(string prefix)
    {
        var start = LowerBound(prefix);
        var end = start;
        while (end < _tokens.Length && _tokens[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (start, end);
    }

    public int[] TokensWithTrigram(ulong trigram) => _trigrams.GetValueOrDefault(trigram) ?? [];

    /// <summary>The distinct character trigrams of " token ", each packed into a number.</summary>
    public static ulong[] Trigrams(string token)
    {
        var trigrams = new List<ulong>(token.Length);
        for (var i = -1; i < token.Length - 1; i++)
        {
            var trigram = ((ulong)At(token, i) << 32) | ((ulong)At(token, i + 1) << 16) | At(token, i + 2);
            if (!trigrams.Contains(trigram))
            {
                trigrams.Add(trigram);
            }
        }

        return trigrams.ToArray();
    }

    private static char At(string token, int index) => index < 0 || index >= token.Length ? ' ' : token[index];

    private int LowerBound(string value)
    {
        int low = 0, high = _tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_tokens[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
