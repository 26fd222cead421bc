namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>
/// The inverted index of the saved searches' keys (<see cref="SavedSearchKeys"/>): for a vacancy's keys, the searches
/// of which every constrained family holds at least one of them, plus the searches that constrain nothing.
/// Immutable; built again when the searches change.
/// </summary>
internal sealed class SavedSearchPrefilter
{
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly int[][] _postings;
    private readonly List<int> _keyFamily = [];
    private readonly int[] _required;
    private readonly List<int> _unconstrained = [];

    public SavedSearchPrefilter(IReadOnlyList<StoredSearch> searches)
    {
        _required = new int[searches.Count];
        var postings = new List<List<int>>();
        for (var s = 0; s < searches.Count; s++)
        {
            _required[s] = searches[s].Families;
            if (searches[s].Families == 0)
            {
                _unconstrained.Add(s);
            }

            foreach (var key in searches[s].Keys)
            {
                if (!_keys.TryGetValue(key, out var id))
                {
                    _keys[key] = id = postings.Count;
                    postings.Add([]);
                    _keyFamily.Add(FamilyOf(key));
                }

                postings[id].Add(s);
            }
        }

        _postings = [.. postings.Select(p => p.ToArray())];
        Texts = [.. searches.Select(s => new ResolvedText(
            [.. s.Text.Words.Select(word => word.Select(KeyId).ToArray())], s.Text.Minimum, [.. s.Text.Expansion.Select(KeyId)],
            s.Text.Constrains))];
    }

    /// <summary>Per search (same indices), its text with the keys as ids: the confirmation compares ids, not strings.</summary>
    public IReadOnlyList<ResolvedText> Texts { get; }

    public bool TryGetKey(string key, out int id) => _keys.TryGetValue(key, out id);

    /// <summary>
    /// The searches a vacancy with these key ids can match (indices into the searches it was built from), into
    /// <paramref name="found"/>; <paramref name="scratch"/> is one thread's working memory (<see cref="NewScratch"/>).
    /// </summary>
    public void Candidates(IEnumerable<int> keyIds, Scratch scratch, List<int> found)
    {
        found.Clear();
        found.AddRange(_unconstrained);
        var (masks, touched) = (scratch.Masks, scratch.Touched);
        foreach (var id in keyIds)
        {
            var family = _keyFamily[id];
            foreach (var search in _postings[id])
            {
                if (masks[search] == 0)
                {
                    touched.Add(search);
                }

                masks[search] |= family;
            }
        }

        foreach (var search in touched)
        {
            if (masks[search] == _required[search])
            {
                found.Add(search);
            }

            masks[search] = 0;
        }

        touched.Clear();
    }

    public Scratch NewScratch() => new(new int[_required.Length], []);

    private int KeyId(string key) => _keys[key];

    /// <summary>The families hit per search (all zero between calls) and the searches touched.</summary>
    internal sealed record Scratch(int[] Masks, List<int> Touched);

    /// <summary><see cref="SavedSearchText"/> with each key as its id here.</summary>
    internal sealed record ResolvedText(int[][] Words, int Minimum, int[] Expansion, bool Constrains);

    private static int FamilyOf(string key) => key[0] switch
    {
        'x' => SavedSearchKeys.Text,
        'o' => SavedSearchKeys.Occupation,
        's' => SavedSearchKeys.Sector,
        'g' => SavedSearchKeys.Group,
        'c' => SavedSearchKeys.Contract,
        'l' => SavedSearchKeys.Language,
        'v' => SavedSearchKeys.Sponsorship,
        'p' => SavedSearchKeys.Place,
        _ => throw new ArgumentException($"Unknown key family '{key[0]}'.", nameof(key)),
    };
}
