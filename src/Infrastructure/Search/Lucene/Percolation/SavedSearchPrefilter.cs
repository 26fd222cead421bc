namespace TalentMatch.Infrastructure.Search.Lucene.Percolation;

/// <summary>
/// The inverted index of the saved searches' keys (<see cref="SavedSearchKeys"/>): for a vacancy's keys, the searches
/// of which every constrained family holds at least one of them, plus the searches that constrain nothing.
/// Immutable; built again when the searches change.
/// </summary>
internal sealed class SavedSearchPrefilter
{
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly List<List<int>> _postings = [];
    private readonly List<int> _keyFamily = [];
    private readonly int[] _required;
    private readonly List<int> _unconstrained = [];

    public SavedSearchPrefilter(IReadOnlyList<StoredSearch> searches)
    {
        _required = new int[searches.Count];
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
                    _keys[key] = id = _postings.Count;
                    _postings.Add([]);
                    _keyFamily.Add(FamilyOf(key));
                }

                _postings[id].Add(s);
            }
        }
    }

    public bool TryGetKey(string key, out int id) => _keys.TryGetValue(key, out id);

    /// <summary>The searches a vacancy with these key ids can match (indices into the searches it was built from).</summary>
    public List<int> Candidates(IEnumerable<int> keyIds)
    {
        var hit = new Dictionary<int, int>();
        foreach (var id in keyIds)
        {
            var family = _keyFamily[id];
            foreach (var search in _postings[id])
            {
                hit[search] = hit.GetValueOrDefault(search) | family;
            }
        }

        var found = new List<int>(_unconstrained);
        found.AddRange(hit.Where(h => h.Value == _required[h.Key]).Select(h => h.Key));
        return found;
    }

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
