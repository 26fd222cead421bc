namespace TalentMatch.Infrastructure.Taxonomy.Search;

/// <summary>Collects the labels of one kind of concept (occupations or skills), then builds a <see cref="SearchIndex"/>.</summary>
internal sealed class SearchIndexBuilder
{
    private readonly List<IndexedLabel> _labels = [];
    private readonly List<string[]> _tokens = [];

    /// <summary>
    /// Adds a label. A gendered label in the form "soudeur/soudeuse" is added once per form when the forms have the
    /// same number of words, so either form alone is an exact match; "asystent / asystentka w laboratorium" stays whole.
    /// </summary>
    public void Add(int concept, byte language, LabelKind kind, string text)
    {
        if (text.Contains('/'))
        {
            var forms = text.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var tokenised = forms.Select(TextNormaliser.Tokens).ToList();
            if (forms.Length > 1 && tokenised.All(t => t.Count == tokenised[0].Count))
            {
                foreach (var tokens in tokenised)
                {
                    AddTokens(concept, language, kind, text, tokens);
                }

                return;
            }
        }

        AddTokens(concept, language, kind, text, TextNormaliser.Tokens(text));
    }

    /// <summary>
    /// Builds the index. A label's size counts its distinct tokens other than very common ones ("de", "of"), which
    /// queries skip too, so "gestión de proyectos" is a full match for "gestion proyectos".
    /// </summary>
    public SearchIndex Build(float[] conceptBoosts)
    {
        var vocabulary = new Vocabulary(_tokens.SelectMany(t => t));
        var ids = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var id = 0; id < vocabulary.Count; id++)
        {
            ids[vocabulary[id]] = id;
        }

        var labelTokens = _tokens.Select(t => DistinctIds(t, ids)).ToArray();
        var postings = new List<int>[vocabulary.Count];
        for (var label = 0; label < labelTokens.Length; label++)
        {
            foreach (var id in labelTokens[label])
            {
                (postings[id] ??= []).Add(label);
            }
        }

        var frequent = MatchWeights.FrequentTokenLabels(_labels.Count);
        var labels = _labels.Select((l, i) => l with { TokenCount = Size(labelTokens[i], postings, frequent) }).ToArray();
        return new SearchIndex(vocabulary, postings.Select(p => p?.ToArray() ?? []).ToArray(), labels, conceptBoosts);
    }

    /// <summary>A label's token ids without repeats (labels are short: a linear check beats a hash set).</summary>
    private static int[] DistinctIds(string[] tokens, Dictionary<string, int> ids)
    {
        var result = new int[tokens.Length];
        var count = 0;
        foreach (var token in tokens)
        {
            var id = ids[token];
            if (Array.IndexOf(result, id, 0, count) < 0)
            {
                result[count++] = id;
            }
        }

        return count == result.Length ? result : result[..count];
    }

    private static byte Size(int[] tokens, List<int>[] postings, int frequent)
    {
        var specific = tokens.Count(id => postings[id].Count <= frequent);
        return (byte)Math.Clamp(specific > 0 ? specific : tokens.Length, 1, byte.MaxValue);
    }

    private void AddTokens(int concept, byte language, LabelKind kind, string text, List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        _labels.Add(new IndexedLabel(concept, language, kind, 0, text));
        _tokens.Add(tokens.ToArray());
    }
}
