namespace TalentMatch.Application.Monitoring.Disclosure;

/// <summary>
/// Small-cell protection for the monitor. A population (placements of one year, consenting candidates, ...) is split
/// into <em>atoms</em>, its finest cells (e.g. month × sector × housing arranged), and every count the monitor publishes
/// about it — table cells, row and column totals, chart values — is a sum over a set of atoms. Counts under
/// <see cref="Threshold"/> people are hidden (primary suppression). Then, for as long as some hidden count can be
/// worked out exactly from the shown ones by adding and subtracting (it lies in their linear span: a total minus the
/// other cells of its row, or any longer combination across tables), one of the shown counts that give it away is
/// hidden as well (complementary suppression): table cells before totals, and preferably one large enough that the
/// hidden small count can take any value from 0 to 4 without making the larger one look small.
/// </summary>
/// <remarks>
/// Every table published about one population must be protected in one call, so that combinations across tables are
/// audited too. The span test is exact arithmetic modulo a 61-bit prime (<see cref="SpanBasis"/>).
/// </remarks>
public static class CountProtection
{
    public const int Threshold = 5;

    /// <summary>A complementary count at least this large leaves a hidden small count free to be anything from 0 to 4.</summary>
    public const int RoomyComplement = Threshold + Threshold - 1;

    public static IReadOnlyList<PublishedCount> Protect(IReadOnlyList<long> atomCounts, IReadOnlyList<IReadOnlyCollection<int>> cells)
    {
        ArgumentNullException.ThrowIfNull(atomCounts);
        ArgumentNullException.ThrowIfNull(cells);
        var values = cells.Select(atoms => atoms.Distinct().Sum(a => atomCounts[a])).ToArray();
        var status = values.Select(v => v < Threshold ? Suppression.BelowThreshold : Suppression.None).ToArray();
        var vectors = cells.Select(atoms => AtomSet.Of(atoms, atomCounts.Count)).ToArray();
        while (FirstDetermined(vectors, status) is { } found)
        {
            var complement = Complement(vectors, values, found.Sources)
                ?? throw new InvalidOperationException("A hidden count is determined by no shown count.");
            status[complement] = Suppression.Complementary;
        }

        return [.. values.Select((v, i) => status[i] == Suppression.None ? PublishedCount.Shown(v) : PublishedCount.Hidden(status[i]))];
    }

    /// <summary>The first hidden count that the shown counts determine, and the shown counts that do it; null when none.</summary>
    internal static (int Hidden, IReadOnlyList<int> Sources)? FirstDetermined(IReadOnlyList<AtomSet> vectors,
        IReadOnlyList<Suppression> status)
    {
        var basis = new SpanBasis(vectors.Count == 0 ? 0 : vectors[0].Dimension, vectors.Count);
        for (var i = 0; i < vectors.Count; i++)
        {
            if (status[i] == Suppression.None)
            {
                basis.Add(vectors[i], i);
            }
        }

        for (var i = 0; i < vectors.Count; i++)
        {
            if (status[i] != Suppression.None && !vectors[i].IsEmpty && basis.CombinationOf(vectors[i]) is { } sources)
            {
                return (i, sources);
            }
        }

        return null;
    }

    /// <summary>
    /// Which of the counts that give the hidden one away to hide: the finest (table cells before totals), then one
    /// large enough to leave the small count free, the smallest such; else the largest there is.
    /// </summary>
    private static int? Complement(AtomSet[] vectors, long[] values, IReadOnlyList<int> sources) =>
        sources
            .OrderBy(i => vectors[i].Count)
            .ThenBy(i => values[i] >= RoomyComplement ? 0 : 1)
            .ThenBy(i => values[i] >= RoomyComplement ? values[i] : -values[i])
            .Cast<int?>()
            .FirstOrDefault();
}
