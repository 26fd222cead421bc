using System.Buffers;

namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>
/// Finds the vocabulary tokens a query token may stand for: itself, tokens it starts (type-ahead), tokens within one
/// or two edits (typos), and compounds that contain it (Dutch "ambulanceverpleegkundige" for "verpleegkundige").
/// </summary>
internal sealed class TokenExpander(Vocabulary vocabulary)
{
    public List<TokenMatch> Expand(string token)
    {
        var matches = new List<TokenMatch>();
        var exact = vocabulary.IdOf(token);
        if (exact >= 0)
        {
            matches.Add(new TokenMatch(exact, MatchWeights.Exact));
        }

        var others = new List<TokenMatch>();
        if (token.Length >= 2)
        {
            var (start, end) = vocabulary.PrefixRange(token);
            for (var id = start; id < end; id++)
            {
                if (id != exact)
                {
                    others.Add(new TokenMatch(id, MatchWeights.Prefix(token.Length, vocabulary[id].Length)));
                }
            }
        }

        if (MatchWeights.MaxTypos(token.Length) > 0)
        {
            AddSimilar(token, others);
        }

        matches.AddRange(others.Where(m => m.TokenId != exact).OrderByDescending(m => m.Weight)
            .ThenBy(m => m.TokenId).DistinctBy(m => m.TokenId).Take(MatchWeights.MaxExpansions));
        return matches;
    }

    private void AddSimilar(string token, List<TokenMatch> matches)
    {
        var maxTypos = MatchWeights.MaxTypos(token.Length);
        var trigrams = Vocabulary.Trigrams(token);
        var counts = ArrayPool<byte>.Shared.Rent(vocabulary.Count);
        Array.Clear(counts, 0, vocabulary.Count);
        var touched = new List<int>();
        try
        {
            foreach (var trigram in trigrams)
            {
                foreach (var id in vocabulary.TokensWithTrigram(trigram))
                {
                    if (counts[id]++ == 0)
                    {
                        touched.Add(id);
                    }
                }
            }

            foreach (var id in touched)
            {
                var candidate = vocabulary[id];
                var shared = counts[id];
                if (Math.Abs(candidate.Length - token.Length) <= maxTypos && shared >= trigrams.Length - (3 * maxTypos))
                {
                    var distance = EditDistance.Bounded(token, candidate, maxTypos);
                    if (distance <= maxTypos)
                    {
                        matches.Add(new TokenMatch(id, MatchWeights.Typo(distance, token.Length, candidate.Length)));
                        continue;
                    }
                }

                if (token.Length >= 5 && candidate.Length > token.Length && shared >= trigrams.Length - 2
                    && candidate.Contains(token, StringComparison.Ordinal))
                {
                    matches.Add(new TokenMatch(id, MatchWeights.Infix(token.Length, candidate.Length)));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(counts);
        }
    }
}
