namespace TalentMatch.Application.Monitoring.Disclosure;

/// <summary>
/// Builds a population's atoms from records: every record has a key (the combination of categories the published
/// counts are cut by, e.g. month, sector and housing arranged) and records with the same key make one atom. A count is
/// then the atoms whose key passes a filter: <c>index.Where(k =&gt; k.Sector == "healthcare")</c>.
/// </summary>
/// <remarks>Keys that no record has are still possible atoms; add them with <see cref="Declare"/> so a zero is an atom too.</remarks>
public sealed class AtomIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _ids = [];
    private readonly List<TKey> _keys = [];
    private readonly List<long> _counts = [];

    public IReadOnlyList<long> Counts => _counts;

    public void Add(TKey key, long count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _counts[Id(key)] += count;
    }

    public void Declare(TKey key) => Id(key);

    /// <summary>The atoms whose key passes <paramref name="filter"/>: one published count.</summary>
    public IReadOnlyCollection<int> Where(Func<TKey, bool> filter) =>
        [.. _keys.Select((key, id) => (key, id)).Where(x => filter(x.key)).Select(x => x.id)];

    private int Id(TKey key)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _ids[key] = id;
            _keys.Add(key);
            _counts.Add(0);
        }

        return id;
    }
}
