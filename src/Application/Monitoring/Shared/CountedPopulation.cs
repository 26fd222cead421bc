using TalentMatch.Application.Monitoring.Disclosure;

namespace TalentMatch.Application.Monitoring.Shared;

/// <summary>
/// People (or vacancies) described by facts such as <c>sector:healthcare</c> and <c>month:2026-03</c>; everyone with the
/// same facts makes one atom. A published count is a <see cref="Cell"/> (everyone who has all the given facts) or a
/// <see cref="Union"/> of cells (a total); <see cref="Protect"/> then runs every declared count of the population
/// through <see cref="CountProtection"/> in one call, totals included.
/// </summary>
public sealed class CountedPopulation
{
    private const char Separator = '\u001f';

    private readonly AtomIndex<string> _index = new();
    private readonly Dictionary<string, HashSet<string>> _facts = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyCollection<int>> _cells = [];
    private IReadOnlyList<PublishedCount>? _published;

    /// <summary>One person (or vacancy) with these facts.</summary>
    public void Add(IEnumerable<string> facts) => _index.Add(Key(facts));

    /// <summary>
    /// A combination of facts that someone could have, whether or not anyone has: a zero is then an atom too, and
    /// protected like any small count. Declare only complete combinations (e.g. sector, month, housing need and
    /// housing arranged together): a partial one is a count the reader knows to be zero, which makes the audit miss
    /// what the reader can work out.
    /// </summary>
    public void Possible(IEnumerable<string> facts) => _index.Declare(Key(facts));

    /// <summary>Everyone with all of <paramref name="facts"/>.</summary>
    public int Cell(params string[] facts)
    {
        var required = facts.ToHashSet(StringComparer.Ordinal);
        return Declare(_index.Where(key => required.IsSubsetOf(_facts[key])));
    }

    /// <summary>Everyone in any of <paramref name="cells"/>, counted once: a row, column or grand total.</summary>
    public int Union(IEnumerable<int> cells) => Declare([.. cells.SelectMany(c => _cells[c]).Distinct()]);

    /// <summary>The true count of a cell, before protection: only for figures derived in the handler (medians' group sizes).</summary>
    public long TrueCount(int cell) => _cells[cell].Sum(a => _index.Counts[a]);

    /// <summary>The declared counts as sets of atoms, in order (for an independent audit in tests).</summary>
    internal IReadOnlyList<IReadOnlyCollection<int>> DeclaredCells => _cells;

    internal int AtomCount => _index.Counts.Count;

    public IReadOnlyList<PublishedCount> Protect() => _published ??= CountProtection.Protect(_index.Counts, _cells);

    public MonitorCell Published(int cell) => MonitorCell.Of(Protect()[cell]);

    private int Declare(IReadOnlyCollection<int> atoms)
    {
        if (_published is not null)
        {
            throw new InvalidOperationException("All counts of a population are declared before it is protected.");
        }

        _cells.Add(atoms);
        return _cells.Count - 1;
    }

    private string Key(IEnumerable<string> facts)
    {
        var sorted = facts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var key = string.Join(Separator, sorted);
        if (!_facts.ContainsKey(key))
        {
            _facts[key] = [.. sorted];
        }

        return key;
    }
}
