using System.Numerics;

namespace TalentMatch.Application.UnitTests.Monitoring.Disclosure;

/// <summary>
/// An independent check of the protection, in exact rational arithmetic (fraction-free elimination over BigInteger):
/// which hidden counts could someone work out from the shown ones by adding and subtracting them.
/// </summary>
internal static class ExactAudit
{
    public static IReadOnlyList<int> Determined(IReadOnlyList<IReadOnlyCollection<int>> cells, int atoms,
        IReadOnlyList<bool> hidden)
    {
        var shown = cells.Where((_, i) => !hidden[i]).Select(c => Vector(c, atoms)).ToList();
        var rank = Rank(shown);
        return [.. Enumerable.Range(0, cells.Count)
            .Where(i => hidden[i] && cells[i].Count > 0 && Rank([.. shown, Vector(cells[i], atoms)]) == rank)];
    }

    private static BigInteger[] Vector(IReadOnlyCollection<int> atoms, int dimension)
    {
        var row = new BigInteger[dimension];
        foreach (var atom in atoms)
        {
            row[atom] = BigInteger.One;
        }

        return row;
    }

    private static int Rank(List<BigInteger[]> rows)
    {
        var m = rows.Select(r => (BigInteger[])r.Clone()).ToList();
        var rank = 0;
        var columns = m.Count == 0 ? 0 : m[0].Length;
        for (var col = 0; col < columns && rank < m.Count; col++)
        {
            var pivot = m.FindIndex(rank, r => !r[col].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && !m[r][col].IsZero)
                {
                    var a = m[rank][col];
                    var b = m[r][col];
                    for (var k = 0; k < columns; k++)
                    {
                        m[r][k] = (m[r][k] * a) - (m[rank][k] * b);
                    }

                    var gcd = m[r].Aggregate(BigInteger.Zero, (g, x) => BigInteger.GreatestCommonDivisor(g, x));
                    if (gcd > BigInteger.One)
                    {
                        for (var k = 0; k < columns; k++)
                        {
                            m[r][k] /= gcd;
                        }
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
