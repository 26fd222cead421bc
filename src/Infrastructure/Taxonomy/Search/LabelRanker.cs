namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>Turns per-label token scores into the best concepts; see <see cref="SearchIndex"/> for the formula.</summary>
internal sealed class LabelRanker(IndexedLabel[] labels, float[] conceptBoosts, float[] rarity, byte language)
{
    private readonly float _totalRarity = rarity.Sum();

    public IReadOnlyList<SearchHit> Rank(Dictionary<int, TokenScores> labelScores, int limit)
    {
        var best = new Dictionary<int, (float Score, int Label, int Support)>();
        foreach (var (label, scores) in labelScores)
        {
            var score = Score(labels[label], scores);
            var concept = labels[label].Concept;
            if (!best.TryGetValue(concept, out var current))
            {
                best[concept] = (score, label, 1);
            }
            else if (score > current.Score
                || (score == current.Score && labels[label].Text.Length < labels[current.Label].Text.Length))
            {
                best[concept] = (score, label, current.Support + 1);
            }
            else
            {
                best[concept] = current with { Support = current.Support + 1 };
            }
        }

        // Ties go to the concept with more matching labels (its vocabulary fits the query better), then the shorter label.
        return best
            .Select(b => (Hit: new SearchHit(b.Key, b.Value.Score * conceptBoosts[b.Key], labels[b.Value.Label].Text),
                b.Value.Support))
            .Where(h => h.Hit.Score >= MatchWeights.MinimumScore)
            .OrderByDescending(h => h.Hit.Score).ThenByDescending(h => h.Support)
            .ThenBy(h => h.Hit.MatchedLabel.Length).ThenBy(h => h.Hit.Concept)
            .Take(limit)
            .Select(h => h.Hit)
            .ToList();
    }

    private float Score(IndexedLabel label, TokenScores scores)
    {
        float covered = 0;
        var matched = 0;
        for (var i = 0; i < rarity.Length; i++)
        {
            if (scores[i] > 0)
            {
                covered += scores[i] * rarity[i];
                matched++;
            }
        }

        var coverage = covered / _totalRarity;
        var labelShare = Math.Min(1f, (float)matched / label.TokenCount);
        var score = coverage * (0.7f + (0.3f * labelShare)) * MatchWeights.Kind(label.Kind);
        return label.Language == language ? score * MatchWeights.RequestedLanguage : score;
    }
}
