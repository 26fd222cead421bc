using System.Runtime.InteropServices;

namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>
/// An in-memory index over the labels of one kind of concept, in every language at once. A label's score is
/// coverage (the query tokens it matches, each weighted by how rare it is and how exactly it matched) times
/// 0.7 + 0.3 × the share of the label's own tokens that were matched, times the label kind's weight; a concept
/// scores by its best label, with small boosts for the requested language and (occupations) the four sectors.
/// Word order does not matter. Thread-safe: searches only read.
/// </summary>
internal sealed class SearchIndex
{
    public const int MaxQueryTokens = 8;

    private readonly Vocabulary _vocabulary;
    private readonly int[][] _postings;
    private readonly IndexedLabel[] _labels;
    private readonly float[] _conceptBoosts;
    private readonly TokenExpander _expander;
    private readonly int _frequentTokenLabels;

    public SearchIndex(Vocabulary vocabulary, int[][] postings, IndexedLabel[] labels, float[] conceptBoosts)
    {
        _vocabulary = vocabulary;
        _postings = postings;
        _labels = labels;
        _conceptBoosts = conceptBoosts;
        _expander = new TokenExpander(vocabulary);
        _frequentTokenLabels = MatchWeights.FrequentTokenLabels(labels.Length);
    }

    public int LabelCount => _labels.Length;

    public int TokenCount => _vocabulary.Count;

    public IReadOnlyList<SearchHit> Search(string query, byte language, int limit)
    {
        var tokens = QueryTokens(query);
        if (tokens.Count == 0 || limit <= 0)
        {
            return [];
        }

        var expansions = tokens.Select(_expander.Expand).ToArray();
        var rarity = expansions.Select(Rarity).ToArray();
        return new LabelRanker(_labels, _conceptBoosts, rarity, language).Rank(Accumulate(expansions), limit);
    }

    /// <summary>Distinct tokens; very common words ("de", "of") are dropped when the query has other words.</summary>
    private List<string> QueryTokens(string query)
    {
        var tokens = TextNormaliser.Tokens(query).Distinct(StringComparer.Ordinal).ToList();
        var specific = tokens.Where(t => !IsFrequent(t)).ToList();
        return (specific.Count > 0 ? specific : tokens).Take(MaxQueryTokens).ToList();
    }

    private bool IsFrequent(string token)
    {
        var id = _vocabulary.IdOf(token);
        return id >= 0 && _postings[id].Length > _frequentTokenLabels;
    }

    /// <summary>Inverse label frequency of the token's best match; a token matching nothing counts as rarest.</summary>
    private float Rarity(List<TokenMatch> matches)
    {
        var labels = matches.Count == 0 ? 1 : Math.Max(1, _postings[matches[0].TokenId].Length);
        return MathF.Log(1f + ((float)_labels.Length / labels));
    }

    private Dictionary<int, TokenScores> Accumulate(List<TokenMatch>[] expansions)
    {
        var scores = new Dictionary<int, TokenScores>();
        for (var i = 0; i < expansions.Length; i++)
        {
            foreach (var match in expansions[i])
            {
                foreach (var label in _postings[match.TokenId])
                {
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(scores, label, out _);
                    if (match.Weight > entry[i])
                    {
                        entry[i] = match.Weight;
                    }
                }
            }
        }

        return scores;
    }
}
